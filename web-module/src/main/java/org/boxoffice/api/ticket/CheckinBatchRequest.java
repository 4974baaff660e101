package org.boxoffice.api.ticket;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Scans made offline, uploaded together: 1 to 1,000 of them. */
public record CheckinBatchRequest(
        @NotEmpty(message = "is required: the scans made offline")
        @Size(max = 1000, message = "has more than 1,000 scans: upload them in several batches")
        List<@Valid @NotNull(message = "must be scans") ScanRequest> scans) {

    /** 1,000 scans of the longest code, gate and time, with room to spare. */
    public static final long MAX_BYTES = 512 * 1024;
}
