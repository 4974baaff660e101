package org.boxoffice.api.booking;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The customer's answer to the provider's challenge: the 3-D Secure code, or "approve" for PayPal. */
public record ChallengeAnswer(
        @NotBlank(message = "is required") @Size(max = 100, message = "has more than 100 characters")
        String answer) {}
