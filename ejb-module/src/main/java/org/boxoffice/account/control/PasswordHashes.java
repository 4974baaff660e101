package org.boxoffice.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Password hashes with Jakarta Security's {@link Pbkdf2PasswordHash}, set up stronger than its
 * defaults (PBKDF2-HMAC-SHA256, 2048 iterations): PBKDF2-HMAC-SHA512 with 210,000 iterations, as
 * OWASP's password storage cheat sheet advises. Each stored hash names its algorithm and iteration
 * count, so older hashes still verify, and {@link #isOutdated} tells when a sign-in should store
 * the password again with today's settings.
 */
@ApplicationScoped
public class PasswordHashes {

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    @ConfigProperty(name = "boxoffice.account.password-hash.algorithm", defaultValue = "PBKDF2WithHmacSHA512")
    String algorithm;

    @Inject
    @ConfigProperty(name = "boxoffice.account.password-hash.iterations", defaultValue = "210000")
    int iterations;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm",
                algorithm,
                "Pbkdf2PasswordHash.Iterations",
                String.valueOf(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes",
                "32",
                "Pbkdf2PasswordHash.KeySizeBytes",
                "64"));
    }

    public String generate(char[] password) {
        return hash.generate(password);
    }

    public boolean verify(char[] password, String stored) {
        return hash.verify(password, stored);
    }

    /** Whether a stored hash was made with another algorithm or fewer iterations than today's. */
    public boolean isOutdated(String stored) {
        return isOutdated(stored, algorithm, iterations);
    }

    static boolean isOutdated(String stored, String algorithm, int iterations) {
        String[] parts = stored.split(":");
        if (parts.length != 4) {
            return true;
        }
        try {
            return !parts[0].equals(algorithm) || Integer.parseInt(parts[1]) < iterations;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
