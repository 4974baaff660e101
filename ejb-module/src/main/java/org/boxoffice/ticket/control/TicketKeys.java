package org.boxoffice.ticket.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Ed25519 keys of ticket codes: the current private key, which signs every new code under its
 * id, and the public keys that still verify, the current one's and those of keys rotated out.
 *
 * <p>Read from MicroProfile Config: {@code boxoffice.ticket.signing-key} (PKCS#8, base64 of the DER
 * or PEM) or, when that is not set, the PEM file at {@code boxoffice.ticket.signing-key.location};
 * {@code boxoffice.ticket.key-id}; {@code boxoffice.ticket.previous-keys}, {@code id:base64,...} of
 * public keys (X.509 DER, or the raw 32 bytes). The public key of the current key is derived from
 * the private key, so that the two cannot disagree.
 */
public final class TicketKeys {

    static final String SIGNING_KEY = "boxoffice.ticket.signing-key";
    static final String SIGNING_KEY_LOCATION = "boxoffice.ticket.signing-key.location";
    static final String KEY_ID = "boxoffice.ticket.key-id";
    static final String PREVIOUS_KEYS = "boxoffice.ticket.previous-keys";

    /** The DER header of an Ed25519 public key in X.509 form; the 32 bytes of the key follow. */
    private static final byte[] X509_HEADER = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private final int currentId;
    private final PrivateKey signingKey;
    private final Map<Integer, PublicKey> publicKeys;

    public TicketKeys(int currentId, PrivateKey signingKey, Map<Integer, PublicKey> previousKeys) {
        if (currentId < 0) {
            throw new IllegalStateException(KEY_ID + " must be 0 or more, not " + currentId);
        }
        if (previousKeys.containsKey(currentId)) {
            throw new IllegalStateException(PREVIOUS_KEYS + " lists key " + currentId
                    + ", the id of the current key: a new key needs a new id");
        }
        this.currentId = currentId;
        this.signingKey = signingKey;
        this.publicKeys = new LinkedHashMap<>(previousKeys);
        this.publicKeys.put(currentId, publicKeyOf(signingKey));
    }

    /** The keys from configuration; {@code config} gives a property's value, if set. */
    public static TicketKeys from(Function<String, Optional<String>> config) {
        String pkcs8 = config.apply(SIGNING_KEY)
                .filter(value -> !value.isBlank())
                .orElseGet(() -> config.apply(SIGNING_KEY_LOCATION)
                        .filter(value -> !value.isBlank())
                        .map(TicketKeys::read)
                        .orElseThrow(() -> new IllegalStateException("no ticket signing key is configured: set "
                                + "BOXOFFICE_TICKET_SIGNING_KEY (an Ed25519 key in PKCS#8, base64) or "
                                + "BOXOFFICE_TICKET_SIGNING_KEY_LOCATION (its PEM file), e.g. from "
                                + "'openssl genpkey -algorithm ed25519'")));
        int id = keyId(config.apply(KEY_ID).orElse("1"), KEY_ID);
        Map<Integer, PublicKey> previous = new LinkedHashMap<>();
        config.apply(PREVIOUS_KEYS).filter(list -> !list.isBlank()).ifPresent(list -> {
            for (String entry : list.split(",")) {
                String[] parts = entry.strip().split(":", 2);
                if (parts.length != 2) {
                    throw new IllegalStateException(PREVIOUS_KEYS + " takes id:base64 pairs separated by commas");
                }
                int previousId = keyId(parts[0], PREVIOUS_KEYS);
                if (previous.put(previousId, publicKey(base64(parts[1], "previous ticket key " + previousId)))
                        != null) {
                    throw new IllegalStateException(PREVIOUS_KEYS + " lists key " + previousId + " twice");
                }
            }
        });
        return new TicketKeys(id, privateKey(base64(pem(pkcs8), SIGNING_KEY)), previous);
    }

    int currentId() {
        return currentId;
    }

    PrivateKey signingKey() {
        return signingKey;
    }

    Optional<PublicKey> publicKey(int id) {
        return Optional.ofNullable(publicKeys.get(id));
    }

    /** Every key that verifies, by id: what a scanner needs to check codes offline. */
    public Map<Integer, PublicKey> publicKeys() {
        return Map.copyOf(publicKeys);
    }

    /** An Ed25519 private key from its PKCS#8 DER form. */
    public static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the ticket signing key is not an Ed25519 key in PKCS#8", e);
        }
    }

    /** An Ed25519 public key from its X.509 DER form or its raw 32 bytes. */
    public static PublicKey publicKey(byte[] encoded) {
        byte[] x509 = encoded;
        if (encoded.length == 32) {
            x509 = new byte[X509_HEADER.length + 32];
            System.arraycopy(X509_HEADER, 0, x509, 0, X509_HEADER.length);
            System.arraycopy(encoded, 0, x509, X509_HEADER.length, 32);
        }
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a ticket key is not an Ed25519 public key (X.509 DER or 32 bytes)", e);
        }
    }

    /**
     * The public key of {@code privateKey}. The JDK has no call for it, but its key pair generator
     * derives the pair from 32 random bytes, which are the private key: it is handed those bytes. A
     * signature made and checked here proves that the result belongs to the key.
     */
    static PublicKey publicKeyOf(PrivateKey privateKey) {
        byte[] seed = ((EdECPrivateKey) privateKey)
                .getBytes()
                .orElseThrow(() -> new IllegalStateException("the ticket signing key does not reveal its bytes"));
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
                private static final long serialVersionUID = 1L;

                @Override
                public void nextBytes(byte[] bytes) {
                    if (bytes.length != seed.length) {
                        throw new IllegalStateException("Ed25519 key generation asked for " + bytes.length + " bytes");
                    }
                    System.arraycopy(seed, 0, bytes, 0, seed.length);
                }
            });
            PublicKey publicKey = generator.generateKeyPair().getPublic();
            byte[] probe = "boxoffice ticket key check".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey);
            verifier.update(probe);
            if (!verifier.verify(signature)) {
                throw new IllegalStateException("could not derive the public key of the ticket signing key");
            }
            return publicKey;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every JDK since 15", e);
        }
    }

    private static int keyId(String value, String property) {
        try {
            int id = Integer.parseInt(value.strip());
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw new IllegalStateException(property + ": a ticket key id is a number from 0 up, not '" + value + "'");
    }

    private static String read(String location) {
        Path file = Path.of(location.replaceFirst("^file://", ""));
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ticket signing key " + file, e);
        }
    }

    /** The base64 body of a PEM text, or the text itself when it is plain base64. */
    private static String pem(String text) {
        return text.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
    }

    private static byte[] base64(String value, String what) {
        try {
            return Base64.getDecoder().decode(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(what + " is not base64", e);
        }
    }
}
