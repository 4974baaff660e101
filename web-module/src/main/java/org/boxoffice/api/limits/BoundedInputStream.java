package org.boxoffice.api.limits;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that refuses to be read past its limit (a chunked body has no length to check
 * first), and that tells a body the client stopped sending (the server's read timed out) from a
 * fault of ours.
 */
final class BoundedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    BoundedInputStream(InputStream body, long limit) {
        super(body);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
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

    @Override
    public long skip(long n) throws IOException {
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
