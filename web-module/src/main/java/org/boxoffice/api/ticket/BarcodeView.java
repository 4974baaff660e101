package org.boxoffice.api.ticket;

import java.util.Locale;
import org.boxoffice.ticket.control.BarcodeReader;

/**
 * What a barcode in a picture says, and its format in the names a browser's {@code BarcodeDetector}
 * gives: {@code qr_code}, {@code aztec} or {@code code_128}.
 */
public record BarcodeView(String text, String format) {

    static BarcodeView of(BarcodeReader.Reading reading) {
        return new BarcodeView(reading.text(), reading.symbology().name().toLowerCase(Locale.ROOT));
    }
}
