package org.boxoffice.settings.entity;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A setting as admins see it: the value in force, the default (MicroProfile Config's), whether an
 * admin's value overrides it, and who changed the setting last and when (empty if nobody has).
 */
public record SettingState(
        Setting setting,
        String value,
        String defaultValue,
        boolean overridden,
        Optional<Long> changedBy,
        Optional<String> changedByEmail,
        Optional<OffsetDateTime> changedAt) {}
