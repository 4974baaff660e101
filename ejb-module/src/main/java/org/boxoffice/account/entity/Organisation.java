package org.boxoffice.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * An organizer organisation: a promoter, a theatre, a railway. Its organizers see its events and
 * data and nobody else's. Admins create organisations and make organizers their members.
 */
@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.ALL, query = "select o from Organisation o order by o.name, o.id")
@NamedQuery(name = Organisation.COUNT, query = "select count(o) from Organisation o")
@NamedQuery(
        name = Organisation.NAMED_LIKE,
        query = "select o from Organisation o where locate(:text, lower(o.name)) > 0 order by o.name, o.id")
@NamedQuery(
        name = Organisation.COUNT_NAMED_LIKE,
        query = "select count(o) from Organisation o where locate(:text, lower(o.name)) > 0")
@NamedQuery(name = Organisation.BY_NAME, query = "select o from Organisation o where lower(o.name) = :name")
@NamedQuery(name = Organisation.SERVICE_FEE, query = "select o.serviceFee from Organisation o where o.id = :id")
public class Organisation {

    public static final String ALL = "Organisation.all";
    public static final String COUNT = "Organisation.count";
    /** The organisations whose name contains {@code text}, given in lower case, by name. */
    public static final String NAMED_LIKE = "Organisation.namedLike";

    public static final String COUNT_NAMED_LIKE = "Organisation.countNamedLike";
    /** Takes the name as {@link #comparable(String)} gives it. */
    public static final String BY_NAME = "Organisation.byName";
    /** The service fee alone, by {@code id}: what a hold reads of the event's organisation. */
    public static final String SERVICE_FEE = "Organisation.serviceFee";

    public static final int MAX_NAME_LENGTH = 150;

    /** The largest service fee per ticket: far above any real one, well within {@code numeric(12, 2)}. */
    public static final BigDecimal SERVICE_FEE_MAX = new BigDecimal("9999.99");

    @Id
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    private Long id;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    /**
     * What the organisation charges per ticket for its service, in the currency of the event
     * booked, added to the booking's total when the tickets are held (0 for none); null for the
     * platform's default ({@code boxoffice.booking.default-service-fee}, a system setting).
     */
    @Column(name = "service_fee", precision = 12, scale = 2)
    private BigDecimal serviceFee;

    /**
     * The zone the organisation counts its days in, for its sales reports; null for the platform's
     * ({@code boxoffice.reports.zone}).
     */
    @Column(length = 60)
    private String zone;

    @Version
    private long version;

    protected Organisation() {}

    /** @throws InvalidOrganisationNameException for a blank name or one longer than 150 characters */
    public Organisation(String name) {
        this.name = normalizeName(name);
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /**
     * The name as it is stored: without spaces around and with one space between words, so that
     * "Demo  Concerts " cannot pass for a second "Demo Concerts".
     *
     * @throws InvalidOrganisationNameException for a blank name, one longer than 150 characters or
     *     one with a control character
     */
    public static String normalizeName(String name) {
        String normalized = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        // a control character is in no name (and PostgreSQL refuses a NUL in any text)
        if (normalized.isEmpty()
                || normalized.length() > MAX_NAME_LENGTH
                || normalized.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidOrganisationNameException(MAX_NAME_LENGTH);
        }
        return normalized;
    }

    /** Names are unique whatever their case: "Demo Concerts" and "DEMO CONCERTS" are one organisation. */
    public static String comparable(String name) {
        return normalizeName(name).toLowerCase(Locale.ROOT);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    /**
     * A new name, stored as {@link #normalizeName(String)} gives it.
     *
     * @return the name before
     * @throws InvalidOrganisationNameException for a blank name or one longer than 150 characters
     */
    public String rename(String newName) {
        String before = name;
        name = normalizeName(newName);
        return before;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    /**
     * The service fee per ticket, in the currency of the event booked (0 for none); empty for the
     * platform's default.
     */
    public Optional<BigDecimal> serviceFee() {
        return Optional.ofNullable(serviceFee);
    }

    /**
     * Sets the service fee per ticket for the bookings made from now on, null for the platform's
     * default; bookings held already keep the fee they were held with.
     *
     * @return the fee before, empty for the platform's default
     * @throws InvalidServiceFeeException for a negative fee, one above {@link #SERVICE_FEE_MAX} or
     *     with more than 2 decimals
     */
    public Optional<BigDecimal> chargeServiceFee(BigDecimal fee) {
        if (fee != null
                && (fee.signum() < 0
                        || fee.compareTo(SERVICE_FEE_MAX) > 0
                        || fee.stripTrailingZeros().scale() > 2)) {
            throw new InvalidServiceFeeException(SERVICE_FEE_MAX.toPlainString());
        }
        Optional<BigDecimal> before = serviceFee();
        serviceFee = fee == null ? null : fee.setScale(2);
        return before;
    }

    /** The zone the organisation counts its days in; empty for the platform's. */
    public Optional<ZoneId> zone() {
        return Optional.ofNullable(zone).map(ZoneId::of);
    }

    /**
     * Sets the zone the organisation's days begin and end in, for the reports made from now on;
     * blank for the platform's.
     *
     * @return the zone before, empty for the platform's
     * @throws InvalidZoneException for a text that names no zone
     */
    public Optional<ZoneId> countDaysIn(String zoneId) {
        Optional<ZoneId> before = zone();
        if (zoneId == null || zoneId.isBlank()) {
            zone = null;
            return before;
        }
        String wanted = zoneId.strip();
        try {
            if (wanted.length() > 60) {
                throw new InvalidZoneException(wanted.substring(0, 60));
            }
            zone = ZoneId.of(wanted).getId();
        } catch (DateTimeException e) {
            throw new InvalidZoneException(wanted);
        }
        return before;
    }
}
