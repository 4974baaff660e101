package org.boxoffice.api.admin;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.boxoffice.settings.entity.SettingState;

/**
 * A system setting: its MicroProfile Config {@code key}, the {@code type} of its value ({@code
 * duration}, {@code number}, {@code money}, {@code addresses}, {@code sender} or {@code boolean}), the least and most
 * a change may set ({@code least} and {@code most}: minutes for a duration, the number, or how many
 * addresses; null where no such bound applies), the {@code value} in force, the {@code
 * defaultValue} from MicroProfile Config, whether an admin's value {@code overridden} the default,
 * and who changed the setting last ({@code changedById}, {@code changedBy}) and when ({@code
 * changedAt}, UTC), null if nobody has.
 */
public record SettingView(
        String key,
        String type,
        Integer least,
        Integer most,
        String value,
        String defaultValue,
        boolean overridden,
        String changedById,
        String changedBy,
        String changedAt) {

    public static SettingView of(SettingState state) {
        var setting = state.setting();
        boolean bounded =
                switch (setting.type()) {
                    case DURATION, NUMBER, ADDRESSES -> true;
                    case MONEY, SENDER, BOOLEAN -> false;
                };
        return new SettingView(
                setting.key(),
                setting.type().name().toLowerCase(Locale.ROOT),
                bounded ? setting.least() : null,
                bounded ? setting.most() : null,
                state.value(),
                state.defaultValue(),
                state.overridden(),
                state.changedBy().map(String::valueOf).orElse(null),
                state.changedByEmail().orElse(null),
                state.changedAt()
                        .map(at -> at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                        .orElse(null));
    }
}
