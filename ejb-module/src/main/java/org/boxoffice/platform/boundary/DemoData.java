package org.boxoffice.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.boxoffice.account.boundary.Accounts;
import org.boxoffice.account.boundary.Organisations;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Organisation;
import org.boxoffice.account.entity.Role;
import org.boxoffice.catalog.boundary.Catalog;
import org.boxoffice.catalog.entity.Category;
import org.boxoffice.catalog.entity.Event;
import org.boxoffice.catalog.entity.Journey;
import org.boxoffice.platform.control.Database;
import org.boxoffice.platform.entity.Money;
import org.boxoffice.venue.boundary.Venues;
import org.boxoffice.venue.entity.Section;
import org.boxoffice.venue.entity.Venue;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads demo data once into the embedded database, so that a newcomer finds something to look at:
 * the demo accounts, a concert hall with a seat map, and events with seated and general-admission
 * ticket types, all of them organised by the demo organizer's organisation. Never on a production
 * database, whatever the configuration says.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoData {

    public static final String ADMIN = "admin@demo.boxoffice.org";
    public static final String ORGANIZER = "organizer@demo.boxoffice.org";
    public static final String CUSTOMER = "customer@demo.boxoffice.org";
    public static final String CUSTOMER2 = "customer2@demo.boxoffice.org";
    public static final String ORGANISATION = "Demo Concerts";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final ZoneId HAMBURG = ZoneId.of("Europe/Berlin");

    @Inject
    @ConfigProperty(name = "boxoffice.demo.data", defaultValue = "auto")
    String mode;

    @Inject
    @ConfigProperty(name = "boxoffice.demo.password")
    Optional<String> password;

    @Inject
    Database database;

    @Inject
    Accounts accounts;

    @Inject
    Venues venues;

    @Inject
    Catalog catalog;

    @Inject
    Organisations organisations;

    @PostConstruct
    void load() {
        if (!"auto".equalsIgnoreCase(mode.strip())) {
            LOG.info(() -> "demo data switched off (boxoffice.demo.data=" + mode + ")");
            return;
        }
        if (!database.isEmbedded()) {
            LOG.info("demo data is loaded into the embedded database only; this is a production database");
            return;
        }
        if (accounts.findByEmail(ADMIN).isPresent()) {
            return;
        }
        if (password.isEmpty() || password.get().isBlank()) {
            LOG.warning("no demo password (BOXOFFICE_DEMO_PASSWORD) is set: demo data not loaded");
            return;
        }
        long organisation = loadAccounts(password.get().toCharArray());
        loadCatalog(organisation);
        LOG.info("demo data loaded: 4 accounts, 1 organisation, 1 venue, "
                + catalog.upcoming(100).size() + " events");
    }

    /** @return the id of the demo organizer's organisation */
    private long loadAccounts(char[] secret) {
        Account admin = accounts.create(ADMIN, "Ada Admin", secret, Set.of(Role.ADMIN));
        Account organizer = accounts.create(ORGANIZER, "Otto Organizer", secret, Set.of(Role.ORGANIZER));
        accounts.create(CUSTOMER, "Clara Customer", secret, Set.of(Role.CUSTOMER));
        accounts.create(CUSTOMER2, "Carl Customer", secret, Set.of(Role.CUSTOMER));
        // set up as an admin would, so that the audit trail shows where the membership came from
        Organisation organisation = organisations.create(admin.id(), ORGANISATION, null);
        organisations.assign(admin.id(), organizer.id(), organisation.id(), null);
        return organisation.id();
    }

    private void loadCatalog(long organisation) {
        Category concerts = catalog.createCategory("Concerts", "concerts");
        Category theatre = catalog.createCategory("Theatre", "theatre");
        Category conferences = catalog.createCategory("Conferences", "conferences");
        catalog.createCategory("Sport", "sport");
        Category trains = catalog.createCategory("Trains", "trains");

        Venue hall = new Venue("Elbe Concert Hall", "Platz der Deutschen Einheit 4", "Hamburg", HAMBURG);
        Section stalls = hall.addSeatedSection("Stalls", rows("A", 10), 20, "Category 1");
        Section balcony = hall.addSeatedSection("Balcony", rows("A", 4), 15, "Category 2");
        hall.addStandingSection("Standing", 300);
        hall.keptBy(organisation); // the demo organizer edits its seat map
        venues.create(hall);

        LocalDate today = LocalDate.now(HAMBURG);
        Event mahler = new Event(
                "Mahler: Symphony No. 5",
                "The Elbe Philharmonic plays Mahler's fifth symphony, with the famous Adagietto.",
                concerts,
                hall,
                at(today.plusDays(12), 20, 0),
                at(today.plusDays(12), 22, 0));
        mahler.organisedBy(organisation);
        mahler.addSeatedTicketType("Stalls", Money.of("79.00", "EUR"), stalls);
        mahler.addSeatedTicketType("Balcony", Money.of("49.00", "EUR"), balcony);
        publish(mahler);

        Event jazz = new Event(
                "Night of Jazz",
                "Four bands, one night, standing room only.",
                concerts,
                hall,
                at(today.plusDays(20), 19, 30),
                at(today.plusDays(20), 23, 59));
        jazz.organisedBy(organisation);
        jazz.addGeneralAdmissionTicketType("Adult", Money.of("35.00", "EUR"), 250);
        jazz.addGeneralAdmissionTicketType("Child", Money.of("15.00", "EUR"), 50);
        publish(jazz);

        Event hamlet = new Event(
                "Hamlet",
                "Shakespeare's tragedy in a new production, in English with German surtitles.",
                theatre,
                hall,
                at(today.plusDays(33), 19, 0),
                at(today.plusDays(33), 22, 15));
        hamlet.organisedBy(organisation);
        hamlet.addSeatedTicketType("Stalls", Money.of("59.00", "EUR"), stalls);
        hamlet.addSeatedTicketType("Balcony", Money.of("29.00", "EUR"), balcony);
        publish(hamlet);

        Event summit = new Event(
                "Jakarta EE Summit",
                "A day of talks on building enterprise applications with Jakarta EE and MicroProfile.",
                conferences,
                hall,
                at(today.plusDays(45), 9, 0),
                at(today.plusDays(45), 18, 0));
        summit.organisedBy(organisation);
        summit.addGeneralAdmissionTicketType("Conference pass", Money.of("249.00", "EUR"), 200);
        summit.addGeneralAdmissionTicketType("VIP pass", Money.of("499.00", "EUR"), 20);
        publish(summit);

        // a journey: a train set's coaches are its seat map, its classes are seat categories
        Venue train = new Venue("ICE 4 train set", "Hamburg Hbf, platform 13", "Hamburg", HAMBURG);
        train.addSeatedSection("Coach 1", rows("A", 6), 3, "1st class");
        train.addSeatedSection("Coach 5", rows("A", 10), 4, "2nd class");
        train.addSeatedSection("Coach 6", rows("A", 10), 4, "2nd class");
        train.keptBy(organisation);
        venues.create(train);
        Event ice = new Event(
                "ICE 577 Hamburg – München",
                "Direct, with a bistro car. Seat reservations included.",
                trains,
                train,
                at(today.plusDays(9), 7, 1),
                at(today.plusDays(9), 13, 24));
        ice.route(Journey.of("Hamburg Hbf", "München Hbf", null, HAMBURG));
        ice.organisedBy(organisation);
        ice.addSeatedTicketType("1st class", Money.of("129.90", "EUR"), null, "1st class");
        ice.addSeatedTicketType("2nd class", Money.of("79.90", "EUR"), null, "2nd class");
        publish(ice);

        // a draft: organizers see it, customers do not
        Event draft = new Event(
                "New Year's Eve Gala",
                "Being planned.",
                concerts,
                hall,
                at(today.plusDays(60), 21, 0),
                at(today.plusDays(61), 1, 0));
        draft.organisedBy(organisation);
        draft.addSeatedTicketType("Stalls", Money.of("120.00", "EUR"), stalls);
        catalog.create(draft);
    }

    private void publish(Event event) {
        catalog.create(event);
        catalog.publish(event.id());
    }

    private static ZonedDateTime at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), HAMBURG);
    }

    private static List<String> rows(String first, int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> String.valueOf((char) (first.charAt(0) + i)))
                .toList();
    }
}
