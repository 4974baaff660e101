package org.boxoffice.api.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new event category. Its name is unique whatever its case; its slug (the category in URLs and
 * API filters) is unique and never changes. Without a slug, or with an empty one, it is made from
 * the name.
 */
public record NewCategoryRequest(
        @NotBlank(message = "is required") @Size(max = 80, message = "is longer than 80 characters")
        String name,

        @Pattern(
                regexp = "^$|^[a-z0-9]+(-[a-z0-9]+)*$",
                message = "must be lower-case letters a to z and digits, in words joined by single"
                        + " hyphens, such as jazz-and-blues")
        @Size(max = 80, message = "is longer than 80 characters")
        String slug) {}
