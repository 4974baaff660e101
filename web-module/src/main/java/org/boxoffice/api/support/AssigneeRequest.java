package org.boxoffice.api.support;

/**
 * Who works on the case: {@code {"assigneeId": "12"}}, {@code "me"}, or null for nobody; {@code
 * caseVersion}, if given, must be the case's version (409 {@code support.case-changed} otherwise).
 */
public record AssigneeRequest(String assigneeId, Long caseVersion) {}
