package org.boxoffice.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;

/**
 * New ticket codes: 128 random bits from {@link SecureRandom}, written in 26 characters of Crockford's
 * base32 (digits and capitals without I, L, O, U: nothing to misread at the door). Nobody can guess
 * a valid one; the database's unique constraint makes a collision, at 2<sup>-128</sup>, fail loudly
 * rather than admit two people.
 */
@ApplicationScoped
public class TicketCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final SecureRandom random = new SecureRandom();

    public String next() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return encode(bytes);
    }

    static String encode(byte[] bytes) {
        StringBuilder code = new StringBuilder(26);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                code.append(ALPHABET[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            code.append(ALPHABET[(buffer << (5 - bits)) & 31]);
        }
        return code.toString();
    }
}
