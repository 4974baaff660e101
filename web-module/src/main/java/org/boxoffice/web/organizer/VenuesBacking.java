package org.boxoffice.web.organizer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.platform.BusinessException;
import org.boxoffice.venue.boundary.OrganizerVenues;
import org.boxoffice.venue.entity.Venue;
import org.boxoffice.web.FacesMessages;
import org.boxoffice.web.PagedRows;

/** The organisation's venues, and a new one. */
@Named
@ViewScoped
public class VenuesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A venue as the table shows it (EL 5 reads getters, not record components). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String name;
        private final String city;
        private final String zone;
        private final int seats;

        Row(Venue venue) {
            this.id = venue.id();
            this.name = venue.name();
            this.city = venue.city();
            this.zone = venue.zone().getId();
            this.seats = venue.seatCount();
        }

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getCity() {
            return city;
        }

        public String getZone() {
            return zone;
        }

        public int getSeats() {
            return seats;
        }
    }

    @Inject
    transient OrganizerVenues venues;

    @Inject
    transient SignedIn signedIn;

    private String name;
    private String address;
    private String city;
    private String zone = "Europe/Berlin";

    private final PagedRows<Venue, Row> rows = new PagedRows<>(
            (page, size) -> venues.list(signedIn.get(), page, size), Row::new, row -> String.valueOf(row.getId()));

    /** Creates the venue and opens its editor. */
    public String create() {
        try {
            Venue venue = venues.create(signedIn.get(), name, address, city, zone);
            return "/organizer/venue?faces-redirect=true&id=" + venue.id();
        } catch (BusinessException e) {
            FacesMessages.error(e);
            return null;
        }
    }

    /** Every time zone the JDK knows, sorted, for the choice. */
    public List<String> getZones() {
        return ZoneId.getAvailableZoneIds().stream().sorted().toList();
    }

    public PagedRows<Venue, Row> getRows() {
        return rows;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }
}
