package org.boxoffice.api.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

// a check that looped like the parser it guards against would hang the build instead of failing it
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class JsonCheckTest {

    private final JsonCheck check = new JsonCheck(16, 100);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"x\":{",
                "{\"x\":[",
                "{\"a\":",
                "{\"email\":\"a@b.c\",\"x\":{\"y\":[1,2,{",
                "{",
                "[",
                "\"abc",
                "{}x",
                "{} {}",
                "[1,]",
                "{\"a\":1,}",
                "nul",
                "01",
                "\uFEFF{}",
                "{\"a\":\"\u0000\"}"
            })
    void refusesWhatIsNotOneWholeJsonDocument(String body) {
        assertMalformed(body, "not valid JSON");
    }

    @Test
    void refusesTwoThousandLevelsOfUnclosedNestingAtTheDepthLimit() {
        assertMalformed("[".repeat(2000), "more than 16 levels");
        assertMalformed("{\"a\":".repeat(2000), "more than 16 levels");
        assertMalformed("{\"x\":" + "[".repeat(2000), "more than 16 levels");
    }

    @Test
    void refusesClosedNestingDeeperThanTheLimitAndTakesItUpToTheLimit() {
        assertMalformed("[".repeat(17) + "]".repeat(17), "more than 16 levels");
        assertThatCode(() -> check("[".repeat(16) + "]".repeat(16))).doesNotThrowAnyException();
    }

    @Test
    void refusesLongStringsAndMemberNames() {
        assertMalformed("{\"a\":\"" + "x".repeat(101) + "\"}", "A string in the body is longer than 100");
        assertMalformed("{\"" + "k".repeat(101) + "\":1}", "A member name in the body is longer than 100");
        assertThatCode(() -> check("{\"a\":\"" + "x".repeat(100) + "\"}")).doesNotThrowAnyException();
    }

    @Test
    void refusesNulAndHalfSurrogatePairsButTakesOtherUnicode() {
        assertMalformed("{\"a\":\"x\\u0000y\"}", "NUL");
        assertMalformed("{\"a\":\"\\ud800\"}", "surrogate");
        assertMalformed("{\"a\":\"\\udc00x\"}", "surrogate");
        assertMalformed("{\"\\ud800\":1}", "surrogate");
        assertThatCode(() -> check("{\"a\":\"\\ud83c\\udfab \u202e Ärger \\u0007\"}"))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        BodyRefusedException refused = catchThrowableOfType(
                () -> check.check(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'}),
                BodyRefusedException.class);
        assertThat(refused.detail()).contains("not UTF-8");
        assertThat(catchThrowableOfType(
                        () -> check.check(new byte[] {'"', (byte) 0xFF, '"'}), BodyRefusedException.class))
                .isNotNull();
    }

    @Test
    void refusesAMemberNamedTwiceInOneObjectButNotInTwo() {
        assertMalformed("{\"a\":1,\"a\":2}", "names the member \"a\" twice");
        assertThatCode(() -> check("{\"a\":{\"a\":1},\"b\":[{\"a\":1},{\"a\":2}]}"))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesNumbersWhoseArithmeticWouldNotEnd() {
        assertMalformed("{\"amount\":1e999999999}", "out of range");
        assertMalformed("{\"amount\":1e-999999999}", "out of range");
        assertMalformed("[1e99999999999999999999999]", "out of range");
        assertMalformed("[" + "9".repeat(101) + "]", "longer than 100 characters");
        assertThatCode(() -> check("[1e309, -1e309, 1e-400, 99999999999999999999, 12.50, -0]"))
                .doesNotThrowAnyException();
    }

    @Test
    void takesOrdinaryBodies() {
        assertThatCode(() -> check("{\"eventId\":\"12\",\"items\":[{\"ticketTypeId\":\"3\",\"quantity\":2}],"
                        + "\"note\":null,\"accept\":true}"))
                .doesNotThrowAnyException();
        assertThatCode(() -> check("  [] ")).doesNotThrowAnyException();
        assertThatCode(() -> check("\"text\"")).doesNotThrowAnyException();
    }

    @Test
    void sizeIsRefusedByTheBoundedStreamAsItIsRead() throws Exception {
        byte[] body = new byte[101];
        try (BoundedInputStream bounded = new BoundedInputStream(new java.io.ByteArrayInputStream(body), 100, -1)) {
            BodyRefusedException refused = catchThrowableOfType(bounded::readAllBytes, BodyRefusedException.class);
            assertThat(refused.code()).isEqualTo(BodyRefusedException.TOO_LARGE);
            assertThat(refused.status()).isEqualTo(413);
        }
        try (BoundedInputStream bounded =
                new BoundedInputStream(new java.io.ByteArrayInputStream(new byte[100]), 100, -1)) {
            assertThat(bounded.readAllBytes()).hasSize(100);
        }
    }

    @Test
    void aDeclaredLengthEndsTheBodyWhateverTheConnectionHoldsBeyondIt() throws Exception {
        // as on an upgraded connection: the stream goes on past the body and never ends by itself
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                return '{';
            }
        };
        try (BoundedInputStream bounded = new BoundedInputStream(endless, 100, 2)) {
            assertThat(bounded.readAllBytes()).containsExactly('{', '{');
            assertThat(bounded.read()).isEqualTo(-1);
        }
    }

    private void check(String body) {
        check.check(body.getBytes(StandardCharsets.UTF_8));
    }

    private void assertMalformed(String body, String detail) {
        BodyRefusedException refused = catchThrowableOfType(() -> check(body), BodyRefusedException.class);
        assertThat(refused)
                .as("refused: %s", body.length() > 60 ? body.substring(0, 60) : body)
                .isNotNull();
        assertThat(refused.code()).isEqualTo(BodyRefusedException.MALFORMED);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.detail()).contains(detail);
    }
}
