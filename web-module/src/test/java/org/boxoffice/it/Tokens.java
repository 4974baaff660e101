package org.boxoffice.it;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * API tokens as the platform issues them: RS256, issuer "boxoffice", the account id
 * as subject, its roles as groups; signed with a key whose public half the test platform trusts,
 * or with another key, or expired, or tampered with.
 */
public final class Tokens {

    public static final String ISSUER = "boxoffice";

    private static final RSAKey TRUSTED = generate();
    private static final RSAKey UNTRUSTED = generate();
    private static Path publicKeyFile;
    private static Path privateKeyFile;

    private Tokens() {}

    public static String valid(long accountId, String email, String... groups) {
        return sign(TRUSTED, accountId, email, Instant.now(), Duration.ofMinutes(10), groups);
    }

    /** A valid token issued {@code ago}: from before a change that happens now. */
    public static String issuedBefore(Duration ago, long accountId, String email, String... groups) {
        return sign(TRUSTED, accountId, email, Instant.now().minus(ago), Duration.ofMinutes(10), groups);
    }

    public static String expired(long accountId, String email, String... groups) {
        return sign(
                TRUSTED, accountId, email, Instant.now().minus(Duration.ofHours(2)), Duration.ofMinutes(10), groups);
    }

    public static String signedByAnotherKey(long accountId, String email, String... groups) {
        return sign(UNTRUSTED, accountId, email, Instant.now(), Duration.ofMinutes(10), groups);
    }

    /** A valid token whose payload was then changed to claim other groups, keeping the old signature. */
    public static String tampered(String token, String... groups) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged =
                payload.replaceFirst("\"groups\":\\[[^]]*]", "\"groups\":[\"" + String.join("\",\"", groups) + "\"]");
        if (forged.equals(payload)) {
            throw new IllegalStateException("the token has no groups claim to tamper with: " + payload);
        }
        return parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];
    }

    /** The trusted public key as PEM, in a file the platform reads through mp.jwt.verify.publickey.location. */
    public static synchronized Path publicKeyFile() {
        if (publicKeyFile == null) {
            try {
                Path file = ItSettings.directory().resolve("jwt-public.pem");
                Files.createDirectories(file.getParent());
                String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(TRUSTED.toRSAPublicKey().getEncoded());
                Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
                publicKeyFile = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
        return publicKeyFile;
    }

    /** The trusted private key as PKCS#8 PEM, for the platform to sign the tokens it issues with. */
    public static synchronized Path privateKeyFile() {
        if (privateKeyFile == null) {
            try {
                Path file = ItSettings.directory().resolve("jwt-private.pem");
                Files.createDirectories(file.getParent());
                String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(TRUSTED.toRSAPrivateKey().getEncoded());
                Files.writeString(file, "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n");
                privateKeyFile = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
        return privateKeyFile;
    }

    private static String sign(
            RSAKey key, long accountId, String email, Instant issuedAt, Duration lifetime, String... groups) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(String.valueOf(accountId))
                .claim("upn", email)
                .claim("groups", List.of(groups))
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .type(JOSEObjectType.JWT)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
