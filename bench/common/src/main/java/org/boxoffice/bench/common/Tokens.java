package org.boxoffice.bench.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * API tokens as the platform issues them and its integration tests make them ({@code
 * web-module/src/test/java/org/boxoffice/it/Tokens.java}): RS256, issuer "boxoffice", the account
 * id as subject, its roles as groups. Signed with an RSA key generated for the run, whose public
 * half the platform is started with ({@code MP_JWT_VERIFY_PUBLICKEY_LOCATION}, as the tests start
 * it: {@link #environment}). Plain JDK: no JOSE library needed for one header, one payload and one
 * signature.
 */
public final class Tokens {

    public static final String ISSUER = "boxoffice";

    private final KeyPair keys;
    private final String keyId = UUID.randomUUID().toString();

    private Tokens(KeyPair keys) {
        this.keys = keys;
    }

    public static Tokens generate() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return new Tokens(generator.generateKeyPair());
    }

    /** The public key as PEM (X.509 SubjectPublicKeyInfo), for mp.jwt.verify.publickey.location. */
    public Path writePublicKey(Path file) throws IOException {
        return write(file, "PUBLIC KEY", keys.getPublic().getEncoded());
    }

    /** The private key as PKCS#8 PEM, for the tokens the platform issues itself (not used by the bench). */
    public Path writePrivateKey(Path file) throws IOException {
        return write(file, "PRIVATE KEY", keys.getPrivate().getEncoded());
    }

    /**
     * Writes both keys into {@code directory} and returns the platform's settings that make the
     * bench's tokens its own, as the integration tests start it: the public key verifies them, the
     * private key signs the tokens the platform issues itself.
     */
    public Map<String, String> environment(Path directory) throws IOException {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                writePublicKey(directory.resolve("jwt-public.pem")).toUri().toString());
        environment.put(
                "BOXOFFICE_JWT_SIGNING_KEY_LOCATION",
                writePrivateKey(directory.resolve("jwt-private.pem")).toString());
        return environment;
    }

    /** A token of the account with these roles, valid for {@code lifetime} from now. */
    public String token(long accountId, String email, Duration lifetime, String... groups) {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + keyId + "\"}";
        String payload = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + accountId + "\",\"upn\":\"" + email
                + "\",\"groups\":["
                + List.of(groups).stream().map(group -> "\"" + group + "\"").collect(Collectors.joining(","))
                + "],\"iat\":" + now + ",\"exp\":" + (now + lifetime.toSeconds()) + ",\"jti\":\""
                + UUID.randomUUID() + "\"}";
        String signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(payload.getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keys.getPrivate());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64Url(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime signs SHA256withRSA", e);
        }
    }

    private static Path write(Path file, String type, byte[] der) throws IOException {
        Files.createDirectories(file.getParent());
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        Files.writeString(file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
        return file;
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
