package org.boxoffice.inventory.entity;

import java.util.List;
import org.boxoffice.platform.BusinessException;

/** Some of the seats asked for are not in the state the change needs (taken, or not held back). */
public class SeatsUnavailableException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<Long> seatIds;

    /**
     * @param seatIds the seats that are not available, for clients to show
     * @param labels the same seats for people, such as "Stalls C 12"
     */
    public SeatsUnavailableException(List<Long> seatIds, List<String> labels) {
        super(Kind.CONFLICT, "inventory.seats-unavailable", String.join(", ", labels), seatIds.size());
        this.seatIds = List.copyOf(seatIds);
    }

    public List<Long> seatIds() {
        return seatIds;
    }
}
