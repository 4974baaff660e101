package org.boxoffice.web.organizer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.boxoffice.api.PortalAddress;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.platform.BusinessException;
import org.boxoffice.platform.entity.Page;
import org.boxoffice.ticket.boundary.Admissions;
import org.boxoffice.ticket.boundary.Doorkeeper;
import org.boxoffice.ticket.boundary.ScannerTokens;
import org.boxoffice.ticket.entity.ScannerToken;
import org.boxoffice.web.FacesMessages;

/**
 * The door of the organizer's event page: scanner tokens for the door staff (made with the link and
 * QR code that open the scanner page, shown once; listed; revoked) and how entry goes, refreshed
 * every few seconds while the page is open.
 */
@Named("organizerDoorBacking")
@ViewScoped
public class DoorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** A scanner token as the page lists it. */
    public static final class TokenRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String label;
        private final String gate;
        private final String status;
        private final String expires;
        private final boolean active;

        TokenRow(ScannerToken token, ZoneId zone, OffsetDateTime now) {
            this.id = token.id();
            this.label = token.label();
            this.gate = token.gate().orElse(null);
            ScannerToken.Status state = token.statusAt(now);
            this.status = FacesMessages.text("door.status." + state.name());
            this.expires = token.expiresAt().atZoneSameInstant(zone).format(WHEN);
            this.active = state == ScannerToken.Status.ACTIVE;
        }

        public long getId() {
            return id;
        }

        public String getLabel() {
            return label;
        }

        public String getGate() {
            return gate;
        }

        public String getStatus() {
            return status;
        }

        public String getExpires() {
            return expires;
        }

        public boolean isActive() {
            return active;
        }
    }

    /** A line of the figures: a gate or five minutes, how many were let in, and a bar's share of the widest. */
    public static final class FigureRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String name;
        private final long admitted;
        private final int percent;

        FigureRow(String name, long admitted, long widest) {
            this.name = name;
            this.admitted = admitted;
            this.percent = widest == 0 ? 0 : (int) Math.round(100.0 * admitted / widest);
        }

        public String getName() {
            return name;
        }

        public long getAdmitted() {
            return admitted;
        }

        public int getPercent() {
            return percent;
        }
    }

    @Inject
    transient ScannerTokens tokens;

    @Inject
    transient Admissions admissions;

    @Inject
    transient SignedIn signedIn;

    @Inject
    transient PortalAddress portal;

    @Inject
    EventBacking event;

    private String label;
    private String gate;
    private LocalDateTime expiresAt;
    private String issuedToken;
    private String issuedLink;
    private String issuedCode;
    private List<TokenRow> tokenRows;
    private long expected;
    private long admitted;
    private List<FigureRow> gates = List.of();
    private List<FigureRow> intervals = List.of();
    private boolean figuresRead;

    /** A new token from the form; its secret, link and QR code are shown until the page is left. */
    public void create() {
        try {
            ZoneId zone = zone();
            ScannerTokens.Issued issued = tokens.create(
                    signedIn.get(),
                    event.getEventId(),
                    label,
                    gate,
                    expiresAt == null ? null : expiresAt.atZone(zone).toOffsetDateTime());
            issuedToken = issued.secret();
            issuedLink = portal.url() + ScannerTokens.SCAN_PAGE + issued.secret();
            issuedCode = "data:image/png;base64," + Base64.getEncoder().encodeToString(tokens.linkCode(issuedLink));
            label = null;
            gate = null;
            expiresAt = null;
            tokenRows = null;
            FacesMessages.info("door.created", issued.token().label());
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    public void revoke(long tokenId) {
        try {
            ScannerToken token = tokens.revoke(signedIn.get(), event.getEventId(), tokenId);
            tokenRows = null;
            FacesMessages.info("door.revoked", token.label());
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    /** Reads the figures again: the page's poll calls this every few seconds. */
    public void refresh() {
        try {
            Admissions.Figures figures = admissions.figures(new Doorkeeper.Staff(signedIn.get()), event.getEventId());
            expected = figures.expected();
            admitted = figures.admitted();
            long widestGate = figures.gates().stream()
                    .mapToLong(Admissions.GateFigure::admitted)
                    .max()
                    .orElse(0);
            List<FigureRow> gateRows = new ArrayList<>();
            for (Admissions.GateFigure figure : figures.gates()) {
                gateRows.add(new FigureRow(
                        figure.gate() == null ? FacesMessages.text("door.noGate") : figure.gate(),
                        figure.admitted(),
                        widestGate));
            }
            gates = gateRows;
            long widestInterval = figures.intervals().stream()
                    .mapToLong(Admissions.IntervalFigure::admitted)
                    .max()
                    .orElse(0);
            List<FigureRow> intervalRows = new ArrayList<>();
            for (Admissions.IntervalFigure figure : figures.intervals()) {
                OffsetDateTime from = figure.from();
                intervalRows.add(new FigureRow(
                        from.format(WHEN) + " – " + from.plusMinutes(5).format(TIME),
                        figure.admitted(),
                        widestInterval));
            }
            // the latest first: what is happening at the door now
            Collections.reverse(intervalRows);
            intervals = intervalRows;
            figuresRead = true;
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    public List<TokenRow> getTokens() {
        if (tokenRows == null && event.getEventId() != null) {
            ZoneId zone = zone();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            tokenRows = tokens.list(signedIn.get(), event.getEventId(), 1, Page.MAX_SIZE).items().stream()
                    .map(token -> new TokenRow(token, zone, now))
                    .toList();
        }
        return tokenRows == null ? List.of() : tokenRows;
    }

    private ZoneId zone() {
        return event.getZone() == null ? ZoneOffset.UTC : ZoneId.of(event.getZone());
    }

    private void figures() {
        if (!figuresRead && event.getEventId() != null) {
            refresh();
        }
    }

    public long getExpected() {
        figures();
        return expected;
    }

    public long getAdmitted() {
        figures();
        return admitted;
    }

    /** Admitted of expected, in whole percent. */
    public int getAdmittedPercent() {
        figures();
        return expected == 0 ? 0 : (int) Math.min(100, Math.round(100.0 * admitted / expected));
    }

    public List<FigureRow> getGates() {
        figures();
        return gates;
    }

    public List<FigureRow> getIntervals() {
        figures();
        return intervals;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getGate() {
        return gate;
    }

    public void setGate(String gate) {
        this.gate = gate;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(LocalDateTime expiresAt) {
        this.expiresAt = expiresAt;
    }

    public String getIssuedToken() {
        return issuedToken;
    }

    public String getIssuedLink() {
        return issuedLink;
    }

    public String getIssuedCode() {
        return issuedCode;
    }
}
