package org.boxoffice.api.ticket;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import org.boxoffice.account.entity.Role;
import org.boxoffice.api.limits.BodyLimit;
import org.boxoffice.ticket.control.BarcodeReader;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Reads the barcode in a camera frame for scanners whose browser cannot (no {@code
 * BarcodeDetector}): the scanner page sends a few frames a second as PNG or JPEG and checks in the
 * code it gets back. It only reads: what the code is worth is for {@code POST /api/v1/checkins} to
 * say. A picture without a readable code is 422 {@code barcode.none-found}. For those who check
 * tickets in: organizers, admins and scanner tokens.
 */
@Path("v1/barcodes")
@ApplicationScoped
@SecurityRequirement(name = "jwt")
@RolesAllowed({Role.ORGANIZER_ROLE, Role.ADMIN_ROLE, Role.SCANNER_ROLE})
public class BarcodesResource {

    /** A phone's camera frame as a JPEG is a few hundred kilobytes; a PNG of a 1080p frame fits too. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    @Inject
    BarcodeReader reader;

    @POST
    @Path("decode")
    @BodyLimit(bytes = MAX_BYTES)
    @Consumes({"image/png", "image/jpeg"})
    @Produces(MediaType.APPLICATION_JSON)
    public BarcodeView decode(InputStream picture) throws IOException {
        // the body filter has bounded the stream to MAX_BYTES: reading it whole is safe
        return BarcodeView.of(reader.read(picture.readAllBytes()));
    }
}
