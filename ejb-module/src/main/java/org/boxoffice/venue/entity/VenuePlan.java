package org.boxoffice.venue.entity;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of venues and seat maps, checked before anything is built: texts of sensible length, a
 * real time zone, sections of at most {@value #MAX_ROWS} rows of {@value #MAX_SEATS_PER_ROW} seats,
 * venues of at most {@value #MAX_SEATS} seats. Each breach is an {@link InvalidVenueException}
 * naming the rule.
 */
public final class VenuePlan {

    public static final int MAX_ROWS = 200;
    public static final int MAX_SEATS_PER_ROW = 200;
    public static final int MAX_SEATS = 50_000;
    public static final int MAX_CAPACITY = 200_000;

    private VenuePlan() {}

    public static String text(String value, int max, String rule) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new InvalidVenueException(rule);
        }
        return value.strip();
    }

    public static ZoneId zone(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidVenueException("zone");
        }
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            throw new InvalidVenueException("zone");
        }
    }

    /** Rows A to Z, then AA, AB, ... as on tickets. */
    public static List<String> rowLabels(int rows) {
        if (rows < 1 || rows > MAX_ROWS) {
            throw new InvalidVenueException("rows");
        }
        List<String> labels = new ArrayList<>(rows);
        for (int row = 0; row < rows; row++) {
            StringBuilder label = new StringBuilder();
            for (int n = row + 1; n > 0; n = (n - 1) / 26) {
                label.insert(0, (char) ('A' + (n - 1) % 26));
            }
            labels.add(label.toString());
        }
        return labels;
    }

    public static void seatsPerRow(int seats) {
        if (seats < 1 || seats > MAX_SEATS_PER_ROW) {
            throw new InvalidVenueException("seats");
        }
    }

    public static void capacity(int capacity) {
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new InvalidVenueException("capacity");
        }
    }

    public static void fits(int seatsNow, int added) {
        if (seatsNow + added > MAX_SEATS) {
            throw new InvalidVenueException("too-large");
        }
    }
}
