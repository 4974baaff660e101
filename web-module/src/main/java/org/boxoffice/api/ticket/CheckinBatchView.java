package org.boxoffice.api.ticket;

import java.util.List;

/** The results of an upload of offline scans, one per scan in the order sent, and their counts. */
public record CheckinBatchView(int admitted, int alreadyUsed, int refused, List<ScanResultView> results) {

    static CheckinBatchView of(List<ScanResultView> results) {
        return new CheckinBatchView(
                count(results, "ADMITTED"), count(results, "ALREADY_USED"), count(results, "REFUSED"), results);
    }

    private static int count(List<ScanResultView> results, String result) {
        return (int)
                results.stream().filter(view -> view.result().equals(result)).count();
    }
}
