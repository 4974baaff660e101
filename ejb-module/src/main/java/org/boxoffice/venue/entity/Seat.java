package org.boxoffice.venue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A reserved seat of a section's seat map, such as row C, seat 12. */
@Entity
@Table(name = "seat")
public class Seat {

    @Id
    @SequenceGenerator(name = "seat_seq", sequenceName = "seat_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seat_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "section_id")
    private Section section;

    @Column(name = "row_label", nullable = false, length = 10)
    private String rowLabel;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 30)
    private String category;

    /** For wheelchair users or their companions. */
    @Column(nullable = false)
    private boolean accessible;

    /** Never sold: no inventory row is made for it when an event is published. */
    @Column(nullable = false)
    private boolean blocked;

    protected Seat() {}

    Seat(Section section, String rowLabel, int number, String category) {
        this.section = section;
        this.rowLabel = rowLabel;
        this.number = number;
        this.category = category;
    }

    /** The organizer's changes in the seat-map editor: a category, accessible or not, blocked or not. */
    public void change(String newCategory, boolean isAccessible, boolean isBlocked) {
        if (newCategory == null || newCategory.isBlank() || newCategory.strip().length() > 30) {
            throw new IllegalArgumentException("a seat category has 1 to 30 characters");
        }
        this.category = newCategory.strip();
        this.accessible = isAccessible;
        this.blocked = isBlocked;
    }

    public boolean isAccessible() {
        return accessible;
    }

    public boolean isBlocked() {
        return blocked;
    }

    public Long id() {
        return id;
    }

    public Section section() {
        return section;
    }

    public String rowLabel() {
        return rowLabel;
    }

    public int number() {
        return number;
    }

    public String category() {
        return category;
    }
}
