package org.boxoffice.api.limits;

import jakarta.annotation.Priority;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Bounds one resource method's request body, after authentication and the role check (an unknown
 * caller costs no parsing): a declared length over the limit is refused before a byte is read; a
 * JSON body is read whole, up to the limit, and checked ({@link JsonCheck}) before JSON-B sees it;
 * any other body (an image) is read through a stream that refuses to go past the limit.
 */
@Priority(Priorities.USER - 500)
public class RequestBodyFilter implements ContainerRequestFilter {

    private final long limit;
    private final JsonCheck json;

    RequestBodyFilter(long limit, JsonCheck json) {
        this.limit = limit;
        this.json = json;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (request.getLength() > limit) {
            throw BodyRefusedException.tooLarge(limit);
        }
        if (request.getLength() <= 0 && !isChunked(request)) {
            // No Content-Length and no chunked transfer: HTTP/1.1 framing says there is no body
            // (RFC 9112, 6.3). Nothing is asked of the stream then: on a request that asks for a
            // protocol upgrade (Connection: Upgrade, as Apache HttpClient 5 sends on every GET),
            // Grizzly hands out the connection itself, and looking for a body would wait until
            // the read timeout.
            return;
        }
        if (!request.hasEntity()) {
            // a chunked body of no bytes (hasEntity looks at the first byte and puts it back)
            return;
        }
        // the stream ends at the declared length: on an upgrade request the connection goes on
        InputStream body = new BoundedInputStream(request.getEntityStream(), limit, request.getLength());
        if (isJson(request)) {
            byte[] bytes = body.readAllBytes();
            json.check(bytes);
            request.setEntityStream(new ByteArrayInputStream(bytes));
        } else {
            request.setEntityStream(body);
        }
    }

    private static boolean isChunked(ContainerRequestContext request) {
        String encoding = request.getHeaderString("Transfer-Encoding");
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }

    private static boolean isJson(ContainerRequestContext request) {
        MediaType type;
        try {
            type = request.getMediaType();
        } catch (RuntimeException e) {
            // a Content-Type that is not a media type at all
            throw new NotSupportedException(e);
        }
        if (type == null || !"application".equalsIgnoreCase(type.getType())) {
            return false;
        }
        String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
        return subtype.equals("json") || subtype.endsWith("+json");
    }
}
