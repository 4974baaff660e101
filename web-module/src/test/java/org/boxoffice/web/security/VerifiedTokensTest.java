package org.boxoffice.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Principal;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final Principal CALLER = () -> "42";

    private static VerifiedTokens.Verified until(Instant expiresAt) {
        return new VerifiedTokens.Verified(CALLER, Set.of("CUSTOMER"), expiresAt);
    }

    @Test
    void aVerifiedTokenIsFoundUntilItExpires() {
        VerifiedTokens tokens = new VerifiedTokens(10);
        tokens.remember("Bearer a.b.c", until(NOW.plusSeconds(60)), NOW);

        VerifiedTokens.Verified found =
                tokens.find("Bearer a.b.c", NOW.plusSeconds(59)).orElseThrow();
        assertEquals("42", found.caller().getName());
        assertEquals(Set.of("CUSTOMER"), found.groups());
        assertFalse(tokens.find("Bearer a.b.c", NOW.plusSeconds(60)).isPresent(), "expired at exp");
        assertEquals(0, tokens.size(), "an expired token is forgotten when asked for");
    }

    @Test
    void onlyTheExactSameHeaderIsFound() {
        VerifiedTokens tokens = new VerifiedTokens(10);
        tokens.remember("Bearer a.b.c", until(NOW.plusSeconds(60)), NOW);

        assertFalse(tokens.find("Bearer a.b.d", NOW).isPresent());
        assertFalse(tokens.find("bearer a.b.c", NOW).isPresent());
        assertFalse(tokens.find(null, NOW).isPresent());
    }

    @Test
    void anExpiredOrMissingTokenIsNotRemembered() {
        VerifiedTokens tokens = new VerifiedTokens(10);
        tokens.remember("Bearer old", until(NOW), NOW);
        tokens.remember(null, until(NOW.plusSeconds(60)), NOW);

        assertEquals(0, tokens.size());
    }

    @Test
    void capacityZeroRemembersNothing() {
        VerifiedTokens tokens = new VerifiedTokens(0);
        tokens.remember("Bearer a.b.c", until(NOW.plusSeconds(60)), NOW);

        assertFalse(tokens.find("Bearer a.b.c", NOW).isPresent());
    }

    @Test
    void whenFullTheExpiredGoFirstThenAll() {
        VerifiedTokens tokens = new VerifiedTokens(2);
        tokens.remember("Bearer short", until(NOW.plusSeconds(10)), NOW);
        tokens.remember("Bearer long", until(NOW.plusSeconds(600)), NOW);

        Instant later = NOW.plusSeconds(20);
        tokens.remember("Bearer new", until(later.plusSeconds(600)), later);
        assertTrue(tokens.find("Bearer long", later).isPresent(), "only the expired one made room");
        assertTrue(tokens.find("Bearer new", later).isPresent());

        tokens.remember("Bearer newer", until(later.plusSeconds(600)), later);
        assertEquals(1, tokens.size(), "none expired: all forgotten, the new one kept");
        assertTrue(tokens.find("Bearer newer", later).isPresent());
    }
}
