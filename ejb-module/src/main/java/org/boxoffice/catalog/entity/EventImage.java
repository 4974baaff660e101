package org.boxoffice.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The picture of an event, a PNG or JPEG checked when it was uploaded. Kept apart from the event's
 * row so that lists and searches never load its bytes.
 */
@Entity
@Table(name = "event_image")
public class EventImage {

    @Id
    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "content_type", nullable = false, length = 20)
    private String contentType;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(nullable = false)
    private byte[] data;

    protected EventImage() {}

    public EventImage(long eventId, ImageCheck.Checked image) {
        this.eventId = eventId;
        replace(image);
    }

    public void replace(ImageCheck.Checked image) {
        this.contentType = image.contentType();
        this.width = image.width();
        this.height = image.height();
        this.data = image.data();
    }

    public Long eventId() {
        return eventId;
    }

    public String contentType() {
        return contentType;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public byte[] data() {
        return data;
    }
}
