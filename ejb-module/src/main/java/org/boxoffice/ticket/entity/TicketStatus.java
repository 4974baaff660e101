package org.boxoffice.ticket.entity;

/** A ticket lets in ({@code VALID}) until its booking is cancelled or refunded. */
public enum TicketStatus {
    VALID,
    CANCELLED
}
