package org.boxoffice.venue.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A part of a venue: rows of reserved seats, or a general-admission area with a capacity. */
@Entity
@Table(name = "section")
public class Section {

    public enum Kind {
        SEATED,
        GENERAL_ADMISSION
    }

    @Id
    @SequenceGenerator(name = "section_seq", sequenceName = "section_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "section_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "venue_id")
    private Venue venue;

    @Column(nullable = false, length = 80)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    /** The number of seats of a seated section, the capacity of a general-admission one. */
    @Column(nullable = false)
    private int capacity;

    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Seat> seats = new ArrayList<>();

    protected Section() {}

    static Section seated(Venue venue, String name, List<String> rowLabels, int seatsPerRow, String category) {
        if (rowLabels.isEmpty() || seatsPerRow < 1) {
            throw new IllegalArgumentException("a seated section needs at least one row of at least one seat");
        }
        if (rowLabels.stream().distinct().count() != rowLabels.size()) {
            throw new IllegalArgumentException("row labels must be unique in a section: " + rowLabels);
        }
        Section section = new Section(venue, name, Kind.SEATED);
        for (String row : rowLabels) {
            for (int number = 1; number <= seatsPerRow; number++) {
                section.seats.add(new Seat(section, row, number, category));
            }
        }
        section.capacity = section.seats.size();
        return section;
    }

    static Section standing(Venue venue, String name, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a general-admission area needs a capacity of at least 1");
        }
        Section section = new Section(venue, name, Kind.GENERAL_ADMISSION);
        section.capacity = capacity;
        return section;
    }

    private Section(Venue venue, String name, Kind kind) {
        this.venue = venue;
        this.name = name.strip();
        this.kind = kind;
    }

    public Long id() {
        return id;
    }

    public Venue venue() {
        return venue;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isSeated() {
        return kind == Kind.SEATED;
    }

    public int capacity() {
        return capacity;
    }

    public List<Seat> seats() {
        return Collections.unmodifiableList(seats);
    }
}
