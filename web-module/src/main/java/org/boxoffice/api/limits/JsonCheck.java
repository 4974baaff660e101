package org.boxoffice.api.limits;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads a JSON body once from its first byte to its last, as a stream of events, and refuses it
 * unless it is one complete JSON document in UTF-8 within the limits: nested at most {@code
 * maxDepth} objects and arrays deep, no string or member name longer than {@code maxStringChars}
 * characters or holding a NUL or half a surrogate pair (no column of the database can keep them), no
 * member named twice in one object (which of the two would count is up to the reader), no number
 * longer than {@value #MAX_NUMBER_CHARS} characters or with an exponent beyond ±{@value
 * #MAX_EXPONENT} (arithmetic on 1e999999999 would take a thread for minutes). Only a body that
 * passes reaches JSON-B, so its reader never meets the end of the input inside an object it skips.
 */
public final class JsonCheck {

    static final int MAX_NUMBER_CHARS = 100;
    static final int MAX_EXPONENT = 1000;

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
    private static final Set<String> IN_ARRAY = Set.of();

    private final int maxDepth;
    private final int maxStringChars;

    public JsonCheck(int maxDepth, int maxStringChars) {
        this.maxDepth = maxDepth;
        this.maxStringChars = maxStringChars;
    }

    /**
     * @throws BodyRefusedException (400 malformed-body) saying what is wrong, when the body is not
     *     one JSON document within the limits
     */
    public void check(byte[] body) {
        String text = utf8(body);
        Deque<Set<String>> open = new ArrayDeque<>();
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_OBJECT -> opened(open, new HashSet<>());
                    case START_ARRAY -> opened(open, IN_ARRAY);
                    case END_OBJECT, END_ARRAY -> open.pop();
                    case KEY_NAME -> {
                        String name = parser.getString();
                        string(name, "A member name");
                        if (!open.peek().add(name)) {
                            throw BodyRefusedException.malformed(
                                    "The body names the member \"" + shortened(name) + "\" twice in one object.");
                        }
                    }
                    case VALUE_STRING -> string(parser.getString(), "A string");
                    case VALUE_NUMBER -> number(parser.getString());
                    default -> {
                        // true, false and null need no check
                    }
                }
            }
        } catch (JsonParsingException e) {
            throw BodyRefusedException.malformed("The body is not valid JSON: " + e.getMessage());
        }
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw BodyRefusedException.malformed("The body is not UTF-8 text: JSON must be sent in UTF-8.");
        }
    }

    private void opened(Deque<Set<String>> open, Set<String> names) {
        if (open.size() >= maxDepth) {
            throw BodyRefusedException.malformed(
                    "The body nests objects and arrays more than " + maxDepth + " levels deep.");
        }
        open.push(names);
    }

    private void string(String value, String what) {
        if (value.length() > maxStringChars) {
            throw BodyRefusedException.malformed(
                    what + " in the body is longer than " + maxStringChars + " characters.");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                throw BodyRefusedException.malformed(what + " in the body holds a NUL character (\\u0000).");
            }
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw BodyRefusedException.malformed(
                        what + " in the body holds half of a surrogate pair: it is not valid Unicode text.");
            }
        }
    }

    private static void number(String text) {
        if (text.length() > MAX_NUMBER_CHARS) {
            throw BodyRefusedException.malformed(
                    "A number in the body is longer than " + MAX_NUMBER_CHARS + " characters.");
        }
        int scale;
        try {
            scale = new BigDecimal(text).scale();
        } catch (NumberFormatException e) {
            scale = Integer.MAX_VALUE; // an exponent beyond what a BigDecimal can hold
        }
        if (scale > MAX_EXPONENT || scale < -MAX_EXPONENT) {
            throw BodyRefusedException.malformed("A number in the body is out of range: " + text + ".");
        }
    }

    private static String shortened(String name) {
        return name.length() <= 40 ? name : name.substring(0, 40) + "...";
    }
}
