package org.boxoffice.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * API tokens whose signature and claims MicroProfile JWT has verified, remembered until they
 * expire, so that a client's next requests with the same token skip the verification: an RSA
 * signature check and a JSON parse, which cost a fifth of a booking hold's processor time when
 * done on every request (docs/PERFORMANCE.md).
 *
 * <p>Kept by the whole {@code Authorization} header: a token that differs in one character is
 * verified afresh. Nothing about the account is remembered here: whether the account is still
 * active, its password unchanged and its roles those the token names is checked on every request
 * ({@code ActiveAccountFilter}), so a disabled account's token stops working at once as before.
 * At most {@code boxoffice.security.verified-tokens} tokens are remembered (0: none); when that
 * many are, the expired ones go, and if none has, all of them (they are verified again when they
 * come back).
 */
@ApplicationScoped
public class VerifiedTokens {

    /** A verified token's caller (MicroProfile JWT's {@code JsonWebToken}) and groups. */
    public record Verified(Principal caller, Set<String> groups, Instant expiresAt) {}

    private final ConcurrentHashMap<String, Verified> tokens = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "boxoffice.security.verified-tokens", defaultValue = "10000")
    int capacity;

    public VerifiedTokens() {}

    VerifiedTokens(int capacity) {
        this.capacity = capacity;
    }

    /** The token's caller, if the token was verified before and has not expired at {@code now}. */
    public Optional<Verified> find(String authorization, Instant now) {
        if (authorization == null) {
            return Optional.empty();
        }
        Verified verified = tokens.get(authorization);
        if (verified == null) {
            return Optional.empty();
        }
        if (!now.isBefore(verified.expiresAt())) {
            tokens.remove(authorization, verified);
            return Optional.empty();
        }
        return Optional.of(verified);
    }

    /** Remembers a token that was just verified, until it expires. */
    public void remember(String authorization, Verified verified, Instant now) {
        if (capacity <= 0 || authorization == null || !now.isBefore(verified.expiresAt())) {
            return;
        }
        if (tokens.size() >= capacity) {
            tokens.values().removeIf(known -> !now.isBefore(known.expiresAt()));
            if (tokens.size() >= capacity) {
                tokens.clear();
            }
        }
        tokens.put(authorization, new Verified(verified.caller(), Set.copyOf(verified.groups()), verified.expiresAt()));
    }

    int size() {
        return tokens.size();
    }
}
