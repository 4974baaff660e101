package org.boxoffice.api.support;

import jakarta.validation.constraints.NotNull;

/**
 * A desk action on the case's booking (cancel, resend its tickets): {@code caseVersion} is the
 * version of the case the desk member saw (409 {@code support.case-changed} when it changed since);
 * {@code answer}, optional, is written to the customer as a public message.
 */
public record CaseActionRequest(
        @NotNull(message = "is required") Long caseVersion, String answer) {}
