package org.boxoffice.api.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The owner's personal details; phone and postal address may be empty to remove them. The language
 * of mails and notifications ({@code en} or {@code de}) stays as it is when absent.
 */
public record ProfileRequest(
        @NotBlank(message = "is required") @Size(max = 100, message = "is longer than 100 characters")
        String displayName,

        @Size(max = 30, message = "is longer than 30 characters")
        String phone,

        @Size(max = 300, message = "is longer than 300 characters")
        String postalAddress,

        @Size(max = 8, message = "is longer than 8 characters")
        String language) {}
