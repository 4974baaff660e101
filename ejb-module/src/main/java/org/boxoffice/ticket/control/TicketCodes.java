package org.boxoffice.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.util.Arrays;
import java.util.Map;
import org.boxoffice.ticket.control.InvalidTicketCodeException.Reason;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Ticket codes that cannot be forged: a {@link TicketPayload} (layout version, key id, ticket id,
 * event id) followed by its Ed25519 signature, 64 bytes, the whole written in Crockford's base32
 * ({@link CrockfordBase32}). A scanner that holds only the public keys checks a code offline; only
 * the holder of the private key makes new ones. Ed25519 signatures are deterministic: a ticket's
 * code is the same each time it is signed with the same key.
 *
 * <p>The signature covers {@link #CONTEXT} followed by the payload, so that nothing else the key
 * might ever sign can pass for a ticket. Codes issued before signing came in are 26 characters of
 * random bits; {@link #verify} refuses them as {@link Reason#UNSIGNED}.
 */
@ApplicationScoped
public class TicketCodes {

    /** What a signature is about, signed before the payload. */
    static final byte[] CONTEXT = "boxoffice.ticket\0".getBytes(StandardCharsets.US_ASCII);

    static final int SIGNATURE_BYTES = 64;

    /** The length of the random codes issued before codes were signed. */
    static final int UNSIGNED_LENGTH = 26;

    private volatile TicketKeys keys;

    public TicketCodes() {}

    /** With these keys instead of the configured ones. */
    public TicketCodes(TicketKeys keys) {
        this.keys = keys;
    }

    /**
     * Reads the keys as the application starts: a key that is missing or cannot be read then fails
     * the deployment, with the reason, instead of the first confirmation after a customer has paid.
     */
    void readKeysAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        keys();
    }

    /** The code of ticket {@code ticketId} of event {@code eventId}, signed with the current key. */
    public String sign(long ticketId, long eventId) {
        TicketKeys keys = keys();
        byte[] payload = new TicketPayload(keys.currentId(), ticketId, eventId).bytes();
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(keys.signingKey());
            signer.update(CONTEXT);
            signer.update(payload);
            byte[] code = Arrays.copyOf(payload, payload.length + SIGNATURE_BYTES);
            signer.sign(code, payload.length, SIGNATURE_BYTES);
            return CrockfordBase32.encode(code);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign a ticket code with key " + keys.currentId(), e);
        }
    }

    /**
     * What a genuine code says.
     *
     * @throws InvalidTicketCodeException with the first reason found to refuse it
     */
    public TicketPayload verify(String code) {
        if (code == null || code.isEmpty()) {
            throw new InvalidTicketCodeException(Reason.TRUNCATED);
        }
        if (code.length() > CrockfordBase32.length(TicketPayload.MAX_BYTES + SIGNATURE_BYTES)) {
            throw new InvalidTicketCodeException(Reason.MALFORMED);
        }
        byte[] data;
        try {
            data = CrockfordBase32.decode(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidTicketCodeException(Reason.MALFORMED);
        }
        if (code.length() == UNSIGNED_LENGTH) {
            throw new InvalidTicketCodeException(Reason.UNSIGNED);
        }
        TicketPayload.Reader reader = new TicketPayload.Reader(data);
        TicketPayload payload = reader.read();
        int signed = reader.position();
        if (data.length < signed + SIGNATURE_BYTES) {
            throw new InvalidTicketCodeException(Reason.TRUNCATED);
        }
        if (data.length > signed + SIGNATURE_BYTES
                || !CrockfordBase32.encode(data).equals(CrockfordBase32.normalize(code))) {
            // bytes after the signature, or characters beyond the last byte: each code has one form
            throw new InvalidTicketCodeException(Reason.MALFORMED);
        }
        PublicKey key =
                keys().publicKey(payload.keyId()).orElseThrow(() -> new InvalidTicketCodeException(Reason.UNKNOWN_KEY));
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(CONTEXT);
            verifier.update(data, 0, signed);
            if (verifier.verify(data, signed, SIGNATURE_BYTES)) {
                return payload;
            }
        } catch (SignatureException notASignature) {
            // bytes that are no Ed25519 signature at all: forged as well
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not verify with ticket key " + payload.keyId(), e);
        }
        throw new InvalidTicketCodeException(Reason.FORGED);
    }

    /** Every public key that verifies codes, by key id: what a scanner needs to check codes offline. */
    public Map<Integer, PublicKey> publicKeys() {
        return keys().publicKeys();
    }

    private TicketKeys keys() {
        TicketKeys known = keys;
        if (known == null) {
            Config config = ConfigProvider.getConfig();
            known = TicketKeys.from(name -> config.getOptionalValue(name, String.class));
            keys = known;
        }
        return known;
    }
}
