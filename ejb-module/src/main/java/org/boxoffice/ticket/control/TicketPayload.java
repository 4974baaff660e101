package org.boxoffice.ticket.control;

import java.io.ByteArrayOutputStream;

/**
 * What a ticket's code says, before its signature: the layout's version, the id of the key that
 * signed it, the ticket and its event. Written as one version byte, then the key id, the ticket id
 * and the event id as unsigned LEB128 varints (seven bits a byte, the high bit set on all but the
 * last), so that small ids take few bytes; the 64-byte Ed25519 signature follows in the code.
 */
public record TicketPayload(int keyId, long ticketId, long eventId) {

    /** The layout described above. */
    public static final int VERSION = 1;

    /** The most bytes the payload can take: the version, an int (5) and two positive longs (9 each). */
    static final int MAX_BYTES = 1 + 5 + 9 + 9;

    public TicketPayload {
        if (keyId < 0 || ticketId < 1 || eventId < 1) {
            throw new IllegalArgumentException("a key id is 0 or more, ticket and event ids 1 or more: " + keyId + ", "
                    + ticketId + ", " + eventId);
        }
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(MAX_BYTES);
        out.write(VERSION);
        varint(out, keyId);
        varint(out, ticketId);
        varint(out, eventId);
        return out.toByteArray();
    }

    private static void varint(ByteArrayOutputStream out, long value) {
        while ((value & ~0x7FL) != 0) {
            out.write((int) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.write((int) value);
    }

    /** Reads the payload at the start of {@code data}; where it ends is {@link Reader#position()}. */
    static final class Reader {

        private final byte[] data;
        private int position;

        Reader(byte[] data) {
            this.data = data;
        }

        int position() {
            return position;
        }

        /**
         * @throws InvalidTicketCodeException TRUNCATED when the data ends inside the payload,
         *     UNKNOWN_VERSION for another layout, MALFORMED for a varint that is too long or not in
         *     its shortest form (every payload has one way to be written)
         */
        TicketPayload read() {
            int version = next() & 0xFF;
            if (version != VERSION) {
                throw new InvalidTicketCodeException(InvalidTicketCodeException.Reason.UNKNOWN_VERSION);
            }
            long keyId = varint(5);
            long ticketId = varint(9);
            long eventId = varint(9);
            if (keyId > Integer.MAX_VALUE || ticketId < 1 || eventId < 1) {
                throw new InvalidTicketCodeException(InvalidTicketCodeException.Reason.MALFORMED);
            }
            return new TicketPayload((int) keyId, ticketId, eventId);
        }

        private long varint(int maxBytes) {
            long value = 0;
            for (int i = 0; i < maxBytes; i++) {
                int b = next() & 0xFF;
                value |= (long) (b & 0x7F) << (7 * i);
                if ((b & 0x80) == 0) {
                    if (b == 0 && i > 0) {
                        throw new InvalidTicketCodeException(InvalidTicketCodeException.Reason.MALFORMED);
                    }
                    return value;
                }
            }
            throw new InvalidTicketCodeException(InvalidTicketCodeException.Reason.MALFORMED);
        }

        private byte next() {
            if (position >= data.length) {
                throw new InvalidTicketCodeException(InvalidTicketCodeException.Reason.TRUNCATED);
            }
            return data[position++];
        }
    }
}
