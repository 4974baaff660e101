package org.boxoffice.catalog.boundary;

import java.math.BigDecimal;

/**
 * A ticket type given with a new draft: reserved seats ({@code sectionId} and/or {@code
 * seatCategory}) or general admission ({@code capacity}), as {@link EventEditing#addTicketType}
 * takes them.
 */
public record NewTicketType(
        String name, BigDecimal amount, String currency, Long sectionId, String seatCategory, Integer capacity) {}
