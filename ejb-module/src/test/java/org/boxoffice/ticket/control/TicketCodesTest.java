package org.boxoffice.ticket.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketCodesTest {

    @Test
    void aCodeIs26CharactersOfCrockfordsAlphabet() {
        String code = new TicketCodes().next();

        assertThat(code).hasSize(26).matches("[0-9A-HJKMNP-TV-Z]{26}");
    }

    @Test
    void encodingIsBase32OfAll128Bits() {
        byte[] zeros = new byte[16];
        byte[] ones = new byte[16];
        java.util.Arrays.fill(ones, (byte) 0xFF);

        assertThat(TicketCodes.encode(zeros)).isEqualTo("0".repeat(26));
        // 128 bits = 25 full characters and 3 bits padded with two zero bits: 11100 = 28 = 'W'
        assertThat(TicketCodes.encode(ones)).isEqualTo("Z".repeat(25) + "W");
    }

    @Test
    void codesDoNotRepeat() {
        TicketCodes codes = new TicketCodes();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(codes.next())).isTrue();
        }
    }
}
