package org.boxoffice.api.support;

import jakarta.validation.constraints.NotNull;

/**
 * The desk moves a case: {@code {"state": "RESOLVED"}} (also CLOSED, or OPEN to reopen); {@code
 * caseVersion}, if given, must be the case's version.
 */
public record StateRequest(@NotNull(message = "is required") String state, Long caseVersion) {}
