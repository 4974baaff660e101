package org.boxoffice.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.platform.BusinessException;
import org.boxoffice.settings.boundary.Settings;
import org.boxoffice.settings.entity.SettingState;
import org.boxoffice.web.FacesMessages;

/**
 * The admins' system settings: each with its value, its default, who changed it last, a field to
 * change it and a button to take it back to its default. The boundary checks and audits each change.
 */
@Named
@ViewScoped
public class SettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A setting as the table shows it, with the value being edited (EL 5 reads getters). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final String name;
        private final String defaultValue;
        private final boolean overridden;
        private final String changedBy;
        private final String changedAt;
        private String value;

        Row(SettingState state) {
            this.key = state.setting().key();
            this.name = state.setting().name().toLowerCase(Locale.ROOT).replace('_', '-');
            this.value = state.value();
            this.defaultValue = state.defaultValue();
            this.overridden = state.overridden();
            this.changedBy = state.changedByEmail().orElse(null);
            this.changedAt = state.changedAt()
                    .map(at -> at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                    .orElse(null);
        }

        public String getKey() {
            return key;
        }

        /** The setting's name in the bundle: {@code settings.<name>} and {@code settings.<name>.hint}. */
        public String getName() {
            return name;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public String getDefaultValue() {
            return defaultValue;
        }

        public boolean isOverridden() {
            return overridden;
        }

        public String getChangedBy() {
            return changedBy;
        }

        public String getChangedAt() {
            return changedAt;
        }
    }

    @Inject
    transient Settings settings;

    @Inject
    transient SignedIn signedIn;

    @Inject
    transient ClientAddress client;

    /** Read once per view and again after each change. */
    private List<Row> rows;

    public void save(Row row) {
        try {
            SettingState changed = settings.change(admin(), row.getKey(), row.getValue(), client.value());
            FacesMessages.info("settings.saved", label(row), changed.value());
            rows = null;
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    public void reset(Row row) {
        try {
            SettingState reset = settings.reset(admin(), row.getKey(), client.value());
            FacesMessages.info("settings.resetDone", label(row), reset.value());
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
        rows = null;
    }

    public List<Row> getRows() {
        if (rows == null) {
            rows = settings.list().stream().map(Row::new).toList();
        }
        return rows;
    }

    private static String label(Row row) {
        return FacesMessages.text("settings." + row.getName());
    }

    private long admin() {
        return signedIn.find()
                .orElseThrow(() -> new IllegalStateException("no session"))
                .id();
    }
}
