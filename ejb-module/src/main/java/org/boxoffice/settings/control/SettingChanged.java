package org.boxoffice.settings.control;

import org.boxoffice.settings.entity.Setting;

/** A setting was changed or reset; observed after the commit, when the new value is there to read. */
public record SettingChanged(Setting setting) {}
