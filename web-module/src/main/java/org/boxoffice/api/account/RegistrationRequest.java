package org.boxoffice.api.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.boxoffice.account.boundary.Registration;

/** A new customer's registration. The password rules are checked by the registration itself. */
public record RegistrationRequest(
        @NotBlank(message = "is required") @Size(max = 254, message = "is longer than 254 characters")
        String email,

        @NotBlank(message = "is required") @Size(max = 128, message = "is longer than 128 characters")
        String password,

        @Size(max = 100, message = "is longer than 100 characters")
        String displayName,

        /** Agreement to the terms of use, required: {@code true}. */
        Boolean acceptTerms,

        /** News and offers by mail; off unless {@code true}. */
        Boolean marketing,

        /** Use of activity for statistics and recommendations; off unless {@code true}. */
        Boolean analytics) {

    Registration.Choices choices() {
        return new Registration.Choices(
                Boolean.TRUE.equals(acceptTerms), Boolean.TRUE.equals(marketing), Boolean.TRUE.equals(analytics));
    }
}
