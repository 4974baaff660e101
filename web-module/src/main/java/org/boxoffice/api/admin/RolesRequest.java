package org.boxoffice.api.admin;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The roles an account is to have: CUSTOMER, ORGANIZER, SUPPORT, FINANCE, ADMIN. */
public record RolesRequest(
        @NotNull(message = "is required") @Size(max = 5, message = "has more roles than exist")
        List<String> roles) {}
