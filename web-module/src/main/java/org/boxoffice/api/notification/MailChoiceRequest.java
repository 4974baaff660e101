package org.boxoffice.api.notification;

import jakarta.validation.constraints.NotNull;

/** Whether to mail one kind of notification. */
public record MailChoiceRequest(
        @NotNull(message = "is required (true or false)") Boolean mail) {}
