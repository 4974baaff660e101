package org.boxoffice.web.my;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.boxoffice.account.boundary.Consents;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Consent;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.account.DataExports;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.web.FacesMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Privacy preferences with their record, and "download my data". */
@Named
@ViewScoped
public class PrivacyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A consent record as the page lists it (EL 5 reads getters, not record components). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String kind;
        private final boolean granted;
        private final String version;
        private final String recordedAt;

        Row(Consent consent) {
            this.kind = consent.kind().name();
            this.granted = consent.isGranted();
            this.version = consent.textVersion();
            this.recordedAt = consent.recordedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }

        public String getKind() {
            return kind;
        }

        public boolean isGranted() {
            return granted;
        }

        public String getVersion() {
            return version;
        }

        public String getRecordedAt() {
            return recordedAt;
        }
    }

    @Inject
    transient SignedIn signedIn;

    @Inject
    transient Consents consents;

    @Inject
    transient DataExports dataExports;

    @Inject
    transient ClientAddress client;

    private boolean marketing;
    private boolean analytics;
    private List<Row> history = List.of();

    @PostConstruct
    void load() {
        signedIn.find().map(Account::id).ifPresent(this::show);
    }

    private void show(long accountId) {
        Map<Consent.Kind, Consent> current = consents.current(accountId);
        marketing = granted(current, Consent.Kind.MARKETING);
        analytics = granted(current, Consent.Kind.ANALYTICS);
        history = consents.history(accountId).stream().map(Row::new).toList();
    }

    public void save() {
        Account account = account();
        consents.changePreferences(account, marketing, analytics, client.value());
        show(account.id());
        FacesMessages.info("privacy.saved");
    }

    /** "Download my data": the same JSON as GET /api/v1/accounts/me/export. */
    public StreamedContent getExport() {
        Account account = account();
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
            byte[] json = jsonb.toJson(dataExports.of(account)).getBytes(StandardCharsets.UTF_8);
            return DefaultStreamedContent.builder()
                    .name("boxoffice-data-" + account.id() + ".json")
                    .contentType("application/json")
                    .contentLength((long) json.length)
                    .stream(() -> new ByteArrayInputStream(json))
                    .build();
        } catch (Exception e) {
            throw new IllegalStateException("the data export could not be written", e);
        }
    }

    private Account account() {
        return signedIn.find().orElseThrow(() -> new IllegalStateException("no session"));
    }

    private static boolean granted(Map<Consent.Kind, Consent> current, Consent.Kind kind) {
        Consent consent = current.get(kind);
        return consent != null && consent.isGranted();
    }

    public boolean isMarketing() {
        return marketing;
    }

    public void setMarketing(boolean marketing) {
        this.marketing = marketing;
    }

    public boolean isAnalytics() {
        return analytics;
    }

    public void setAnalytics(boolean analytics) {
        this.analytics = analytics;
    }

    public List<Row> getHistory() {
        return history;
    }
}
