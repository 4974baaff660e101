package org.boxoffice.venue.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

@Entity
@Table(name = "venue")
@NamedQuery(
        name = Venue.OF_ORGANISATION,
        query = "select v from Venue v where v.organisationId = :organisation order by v.name, v.id")
@NamedQuery(
        name = Venue.COUNT_OF_ORGANISATION,
        query = "select count(v) from Venue v where v.organisationId = :organisation")
public class Venue {

    @Id
    @SequenceGenerator(name = "venue_seq", sequenceName = "venue_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "venue_seq")
    private Long id;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(nullable = false, length = 250)
    private String address;

    @Column(nullable = false, length = 100)
    private String city;

    /** Event times are shown and entered in the venue's zone. */
    @Column(name = "zone_id", nullable = false, length = 64)
    private String zoneId;

    @OneToMany(mappedBy = "venue", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Section> sections = new ArrayList<>();

    /** The organisation whose organizers keep this venue's seat map. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @Version
    private long version;

    public static final String OF_ORGANISATION = "Venue.ofOrganisation";
    public static final String COUNT_OF_ORGANISATION = "Venue.countOfOrganisation";

    protected Venue() {}

    public Venue(String name, String address, String city, ZoneId zone) {
        this.name = name.strip();
        this.address = address.strip();
        this.city = city.strip();
        this.zoneId = zone.getId();
    }

    /** Adds a section of reserved seats: {@code rows} rows labelled A, B, ... of {@code seatsPerRow}. */
    public Section addSeatedSection(String name, List<String> rowLabels, int seatsPerRow, String seatCategory) {
        Section section = Section.seated(this, name, rowLabels, seatsPerRow, seatCategory);
        sections.add(section);
        return section;
    }

    public Section addStandingSection(String name, int capacity) {
        Section section = Section.standing(this, name, capacity);
        sections.add(section);
        return section;
    }

    /** A venue an organisation keeps, its fields checked by {@link VenuePlan}. */
    public static Venue of(long organisationId, String name, String address, String city, String zone) {
        Venue venue = new Venue(
                VenuePlan.text(name, 150, "name"),
                VenuePlan.text(address, 250, "address"),
                VenuePlan.text(city, 100, "city"),
                VenuePlan.zone(zone));
        venue.organisationId = organisationId;
        return venue;
    }

    /** Gives the venue to an organisation, whose organizers keep its seat map from now on. */
    public void keptBy(long organisation) {
        this.organisationId = organisation;
    }

    public boolean isKeptBy(long organisation) {
        return organisationId != null && organisationId == organisation;
    }

    public java.util.Optional<Long> organisationId() {
        return java.util.Optional.ofNullable(organisationId);
    }

    public int seatCount() {
        return sections.stream()
                .filter(Section::isSeated)
                .mapToInt(Section::capacity)
                .sum();
    }

    public boolean hasSection(String sectionName) {
        return sections.stream().anyMatch(section -> section.name().equalsIgnoreCase(sectionName.strip()));
    }

    /** The row's version: it moves on with every change, so that a client can tell it read the latest. */
    public long version() {
        return version;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public String city() {
        return city;
    }

    public ZoneId zone() {
        return ZoneId.of(zoneId);
    }

    public List<Section> sections() {
        return Collections.unmodifiableList(sections);
    }
}
