package org.boxoffice.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Generates the secrets of a development set-up once into the data folder: the RSA key pair that
 * signs and verifies API tokens, the Ed25519 key pair that signs and verifies ticket codes, the key
 * that encrypts personal data, the secret that signs the built-in test payment provider's webhooks,
 * the embedded database's password and the demo accounts' password.
 * Production passes its own secrets through the environment; nothing here is ever committed.
 *
 * <p>Run by the launcher as {@code java -cp boxoffice-config.jar org.boxoffice.config.DevSecrets DIR};
 * it prints the name of each file it created, so that the launcher can say so.
 */
public final class DevSecrets {

    public static final String JWT_PRIVATE_KEY = "jwt-private.pem";
    public static final String JWT_PUBLIC_KEY = "jwt-public.pem";
    public static final String DB_PASSWORD = "db-password";
    public static final String DEMO_PASSWORD = "demo-password";
    public static final String PRIVACY_KEY = "privacy-key";
    public static final String TICKET_PRIVATE_KEY = "ticket-private.pem";
    public static final String TICKET_PUBLIC_KEY = "ticket-public.pem";
    public static final String TEST_PROVIDER_WEBHOOK_SECRET = "test-provider-webhook-secret";

    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Path directory;
    private final SecureRandom random = new SecureRandom();

    public DevSecrets(Path directory) {
        this.directory = directory;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: DevSecrets <secrets-directory>");
            System.exit(2);
        }
        for (String created : new DevSecrets(Path.of(args[0])).ensure()) {
            System.out.println(created);
        }
    }

    /** Creates whatever secret is missing and returns the names of the files it created. */
    public List<String> ensure() throws IOException {
        Files.createDirectories(directory);
        List<String> created = new ArrayList<>();
        if (Files.notExists(directory.resolve(JWT_PRIVATE_KEY)) || Files.notExists(directory.resolve(JWT_PUBLIC_KEY))) {
            KeyPair pair = keyPair("RSA");
            write(JWT_PRIVATE_KEY, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            write(JWT_PUBLIC_KEY, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            created.add(JWT_PRIVATE_KEY);
            created.add(JWT_PUBLIC_KEY);
        }
        if (Files.notExists(directory.resolve(TICKET_PRIVATE_KEY))) {
            // a new signing key, so a new public key too; the public key alone is recreated from nothing
            KeyPair pair = keyPair("Ed25519");
            write(TICKET_PRIVATE_KEY, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            write(TICKET_PUBLIC_KEY, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            created.add(TICKET_PRIVATE_KEY);
            created.add(TICKET_PUBLIC_KEY);
        }
        if (Files.notExists(directory.resolve(PRIVACY_KEY))) {
            byte[] key = new byte[32];
            random.nextBytes(key);
            write(PRIVACY_KEY, Base64.getEncoder().encodeToString(key));
            created.add(PRIVACY_KEY);
        }
        if (Files.notExists(directory.resolve(TEST_PROVIDER_WEBHOOK_SECRET))) {
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            write(
                    TEST_PROVIDER_WEBHOOK_SECRET,
                    Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
            created.add(TEST_PROVIDER_WEBHOOK_SECRET);
        }
        for (String name : List.of(DB_PASSWORD, DEMO_PASSWORD)) {
            if (Files.notExists(directory.resolve(name))) {
                write(name, password(16));
                created.add(name);
            }
        }
        return created;
    }

    String password(int length) {
        StringBuilder password = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    /** RSA-2048 (API tokens) or Ed25519 (ticket codes). */
    private KeyPair keyPair(String algorithm) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (algorithm.equals("RSA")) {
                generator.initialize(2048, random);
            }
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK since 15", e);
        }
    }

    static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private void write(String name, String content) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, content, StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows file systems keep their own ACLs; the data folder is the user's own there.
        }
    }
}
