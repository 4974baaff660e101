package org.boxoffice.api.limits;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that refuses to be read past its limit (a chunked body has no length to check
 * first), that ends where its declared length says, and that tells a body the client stopped
 * sending (the server's read timed out) from a fault of ours.
 *
 * <p>The end comes from the declared length, not from the connection: on a request that asks for a
 * protocol upgrade ({@code Connection: Upgrade}) Grizzly hands out the connection itself, which
 * would only end when the client gives up waiting for the answer.
 */
final class BoundedInputStream extends FilterInputStream {

    private final long limit;
    private final long declared;
    private long count;

    /** @param declared the body's Content-Length, or -1 for a chunked body */
    BoundedInputStream(InputStream body, long limit, long declared) {
        super(body);
        this.limit = limit;
        this.declared = declared;
    }

    @Override
    public int read() throws IOException {
        if (atDeclaredEnd()) {
            return -1;
        }
        int next;
        try {
            next = super.read();
        } catch (IOException e) {
            throw BodyRefusedException.incomplete();
        }
        if (next >= 0) {
            counted(1);
        }
        return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (atDeclaredEnd()) {
            return -1;
        }
        if (declared >= 0) {
            length = (int) Math.min(length, declared - count);
        }
        int read;
        try {
            read = super.read(buffer, offset, length);
        } catch (IOException e) {
            throw BodyRefusedException.incomplete();
        }
        if (read > 0) {
            counted(read);
        }
        return read;
    }

    private boolean atDeclaredEnd() {
        return declared >= 0 && count >= declared;
    }

    @Override
    public long skip(long n) throws IOException {
        if (declared >= 0) {
            n = Math.min(n, declared - count);
        }
        long skipped;
        try {
            skipped = super.skip(n);
        } catch (IOException e) {
            throw BodyRefusedException.incomplete();
        }
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long bytes) {
        count += bytes;
        if (count > limit) {
            throw BodyRefusedException.tooLarge(limit);
        }
    }
}
