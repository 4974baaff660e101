package org.boxoffice.web.organizer;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.boxoffice.api.Parameters;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.platform.BusinessException;
import org.boxoffice.venue.boundary.OrganizerVenues;
import org.boxoffice.venue.entity.InvalidVenueException;
import org.boxoffice.venue.entity.Section;
import org.boxoffice.venue.entity.Venue;
import org.boxoffice.web.FacesMessages;

/**
 * The seat-map editor of one venue: generate a section from rows x seats or add a standing area,
 * then pick seats on the map (a click, or a row's label for the whole row) and give them a
 * category, mark them accessible, or block them from sale.
 */
@Named
@ViewScoped
public class VenueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A section as the page lists it. */
    public static final class SectionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String name;
        private final boolean seated;
        private final int capacity;

        SectionRow(Section section) {
            this.name = section.name();
            this.seated = section.isSeated();
            this.capacity = section.capacity();
        }

        public String getName() {
            return name;
        }

        public boolean isSeated() {
            return seated;
        }

        public int getCapacity() {
            return capacity;
        }
    }

    @Inject
    transient OrganizerVenues venues;

    @Inject
    transient SignedIn signedIn;

    private String id;
    private long venueId;
    private String title;
    private String details;
    private int seats;
    private List<SectionRow> sections = List.of();

    private String sectionName;
    private Integer rows = 10;
    private Integer seatsPerRow = 20;
    private String category = "Standard";
    private String standingName;
    private Integer capacity = 500;

    private String selection;
    private String newCategory = "Standard";
    private boolean accessible;
    private boolean blocked;

    /** Loads the venue named by {@code id}; another organisation's venue is a 404 like an unknown one. */
    public void load() throws IOException {
        try {
            venueId = Parameters.id(id).orElseThrow(() -> new InvalidVenueException("name"));
            show(venues.get(signedIn.get(), venueId));
        } catch (BusinessException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void show(Venue venue) {
        title = venue.name();
        details = venue.address() + ", " + venue.city() + " · " + venue.zone().getId();
        seats = venue.seatCount();
        sections = venue.sections().stream().map(SectionRow::new).toList();
    }

    public void addSeatedSection() {
        try {
            venues.addSeatedSection(
                    signedIn.get(), venueId, null, sectionName, value(rows), value(seatsPerRow), category);
            FacesMessages.info("venue.sectionAdded", sectionName);
            sectionName = null;
            show(venues.get(signedIn.get(), venueId));
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    public void addStandingSection() {
        try {
            venues.addStandingSection(signedIn.get(), venueId, null, standingName, value(capacity));
            FacesMessages.info("venue.sectionAdded", standingName);
            standingName = null;
            show(venues.get(signedIn.get(), venueId));
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    /** Applies the category and flags to the seats picked on the map. */
    public void changeSeats() {
        List<Long> ids = selection == null || selection.isBlank()
                ? List.of()
                : Arrays.stream(selection.split(","))
                        .map(String::strip)
                        .map(Parameters::id)
                        .flatMap(java.util.Optional::stream)
                        .toList();
        if (ids.isEmpty()) {
            FacesMessages.error("venue.nothingSelected");
            return;
        }
        try {
            int changed = venues.changeSeats(signedIn.get(), venueId, null, ids, newCategory, accessible, blocked)
                    .count();
            FacesMessages.info("venue.seatsChanged", changed);
            selection = null;
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    private static int value(Integer number) {
        return number == null ? 0 : number;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public long getVenueId() {
        return venueId;
    }

    public String getTitle() {
        return title;
    }

    public String getDetails() {
        return details;
    }

    public int getSeats() {
        return seats;
    }

    public List<SectionRow> getSections() {
        return sections;
    }

    public String getSectionName() {
        return sectionName;
    }

    public void setSectionName(String sectionName) {
        this.sectionName = sectionName;
    }

    public Integer getRows() {
        return rows;
    }

    public void setRows(Integer rows) {
        this.rows = rows;
    }

    public Integer getSeatsPerRow() {
        return seatsPerRow;
    }

    public void setSeatsPerRow(Integer seatsPerRow) {
        this.seatsPerRow = seatsPerRow;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getStandingName() {
        return standingName;
    }

    public void setStandingName(String standingName) {
        this.standingName = standingName;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getSelection() {
        return selection;
    }

    public void setSelection(String selection) {
        this.selection = selection;
    }

    public String getNewCategory() {
        return newCategory;
    }

    public void setNewCategory(String newCategory) {
        this.newCategory = newCategory;
    }

    public boolean isAccessible() {
        return accessible;
    }

    public void setAccessible(boolean accessible) {
        this.accessible = accessible;
    }

    public boolean isBlocked() {
        return blocked;
    }

    public void setBlocked(boolean blocked) {
        this.blocked = blocked;
    }
}
