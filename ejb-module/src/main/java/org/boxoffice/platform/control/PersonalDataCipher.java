package org.boxoffice.platform.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Encrypts personal fields (names, phone numbers, addresses) for storage with AES-256-GCM: a fresh
 * 96-bit nonce per value, a 128-bit tag, so that a copy of the database or a backup shows neither
 * the values nor which rows share one, and a changed byte fails to decrypt instead of reading wrong.
 *
 * <p>A stored value is {@code {aes-gcm:ID}BASE64(nonce | cipher text)}; the key id lets keys be
 * rotated: the current key ({@code boxoffice.privacy.key}, id {@code boxoffice.privacy.key-id})
 * encrypts, and older keys listed in {@code boxoffice.privacy.previous-keys} ({@code id:base64,...})
 * still decrypt what they wrote. A value without the prefix was written before encryption came in
 * and is read as it is; it is encrypted when its row is next written.
 */
public final class PersonalDataCipher {

    static final String PREFIX = "{aes-gcm:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private static volatile PersonalDataCipher configured;

    private final String currentId;
    private final Map<String, SecretKey> keys;

    public PersonalDataCipher(String currentId, byte[] currentKey, Map<String, byte[]> previousKeys) {
        if (currentId == null || currentId.isBlank() || currentId.contains("}")) {
            throw new IllegalArgumentException("the key id must be a short word without '}'");
        }
        this.currentId = currentId;
        this.keys = new LinkedHashMap<>();
        previousKeys.forEach((id, key) -> keys.put(id, aesKey(id, key)));
        keys.put(currentId, aesKey(currentId, currentKey));
    }

    /** The cipher with the keys from MicroProfile Config, read once. */
    public static PersonalDataCipher configured() {
        PersonalDataCipher cipher = configured;
        if (cipher == null) {
            cipher = fromConfig(ConfigProvider.getConfig());
            configured = cipher;
        }
        return cipher;
    }

    static PersonalDataCipher fromConfig(Config config) {
        String key = config.getOptionalValue("boxoffice.privacy.key", String.class)
                .orElseThrow(() -> new IllegalStateException("boxoffice.privacy.key (BOXOFFICE_PRIVACY_KEY) is not set:"
                        + " personal data cannot be read or written without it. Give it 32 random bytes in base64,"
                        + " e.g. from 'openssl rand -base64 32'."));
        String id = config.getOptionalValue("boxoffice.privacy.key-id", String.class)
                .orElse("1");
        Map<String, byte[]> previous = new LinkedHashMap<>();
        config.getOptionalValue("boxoffice.privacy.previous-keys", String.class).ifPresent(list -> {
            for (String entry : list.split(",")) {
                String[] parts = entry.strip().split(":", 2);
                if (parts.length != 2) {
                    throw new IllegalStateException(
                            "boxoffice.privacy.previous-keys takes id:base64 pairs separated by commas");
                }
                previous.put(parts[0].strip(), decode(parts[0].strip(), parts[1].strip()));
            }
        });
        return new PersonalDataCipher(id.strip(), decode(id, key.strip()), previous);
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(currentId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] stored = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, stored, 0, nonce.length);
            System.arraycopy(sealed, 0, stored, nonce.length, sealed.length);
            return PREFIX + currentId + "}" + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        int end = stored.indexOf('}', PREFIX.length());
        if (end < 0) {
            throw new IllegalStateException("a personal field is damaged: no key id");
        }
        String id = stored.substring(PREFIX.length(), end);
        SecretKey key = Optional.ofNullable(keys.get(id))
                .orElseThrow(() -> new IllegalStateException("a personal field was encrypted with key '" + id
                        + "', which is neither boxoffice.privacy.key nor in boxoffice.privacy.previous-keys"));
        try {
            byte[] data = Base64.getDecoder().decode(stored.substring(end + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, 0, NONCE_BYTES));
            cipher.updateAAD(id.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "a personal field does not decrypt with key '" + id + "': changed or damaged", e);
        }
    }

    private static byte[] decode(String id, String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the privacy key '" + id + "' is not base64", e);
        }
    }

    private static SecretKey aesKey(String id, byte[] key) {
        if (key.length != 32) {
            throw new IllegalStateException("the privacy key '" + id + "' has " + key.length
                    + " bytes; AES-256 takes 32 (base64 of 32 random bytes)");
        }
        return new SecretKeySpec(key, "AES");
    }
}
