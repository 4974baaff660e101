package org.boxoffice.api.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.boxoffice.account.entity.Role;

/**
 * An account to make a member of an organisation, by its e-mail address, and what it is to be
 * there: {@code ORGANIZER} or {@code FINANCE} (a finance contact).
 */
public record MemberRequest(
        @NotBlank(message = "is required") @Size(max = 254, message = "is longer than 254 characters")
        String email,

        @NotNull(message = "is required: ORGANIZER or FINANCE")
        @Pattern(regexp = "(?i)\\s*(organizer|finance)\\s*", message = "must be ORGANIZER or FINANCE")
        String role) {

    Role memberRole() {
        return Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
    }
}
