package org.boxoffice.ticket.control;

/**
 * Bytes as Crockford's base32: digits and capitals without I, L, O and U, five bits a character,
 * the last character padded with zero bits. Nothing to misread at the door, nothing that a URL, a
 * file name or a double click splits, and every character is in the QR code's alphanumeric mode.
 * Reading accepts small letters and Crockford's stand-ins (O for 0, I and L for 1), as a person
 * typing a code might write them.
 */
final class CrockfordBase32 {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final byte[] VALUES = new byte[128];

    static {
        java.util.Arrays.fill(VALUES, (byte) -1);
        for (int i = 0; i < ALPHABET.length; i++) {
            VALUES[ALPHABET[i]] = (byte) i;
            VALUES[Character.toLowerCase(ALPHABET[i])] = (byte) i;
        }
        VALUES['O'] = VALUES['o'] = 0;
        VALUES['I'] = VALUES['i'] = VALUES['L'] = VALUES['l'] = 1;
    }

    private CrockfordBase32() {}

    /** How many characters {@code bytes} bytes take. */
    static int length(int bytes) {
        return (bytes * 8 + 4) / 5;
    }

    static String encode(byte[] bytes) {
        StringBuilder text = new StringBuilder(length(bytes.length));
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                text.append(ALPHABET[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            text.append(ALPHABET[(buffer << (5 - bits)) & 31]);
        }
        return text.toString();
    }

    /** {@code text} as {@link #encode} writes it: capitals, 0 for O, 1 for I and L. */
    static String normalize(CharSequence text) {
        StringBuilder normal = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int value = c < VALUES.length ? VALUES[c] : -1;
            normal.append(value < 0 ? c : ALPHABET[value]);
        }
        return normal.toString();
    }

    /**
     * The whole bytes that {@code text} holds; bits left over at the end (a text that is not the
     * encoding of whole bytes, such as a cut-off one) are dropped, so the caller compares the
     * result's encoding with what it read if it needs the text to be exact.
     *
     * @throws IllegalArgumentException at a character outside the alphabet
     */
    static byte[] decode(CharSequence text) {
        byte[] bytes = new byte[text.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int next = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int value = c < VALUES.length ? VALUES[c] : -1;
            if (value < 0) {
                throw new IllegalArgumentException("not a Crockford base32 character at " + i);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                bytes[next++] = (byte) (buffer >> (bits - 8));
                bits -= 8;
            }
        }
        return bytes;
    }
}
