package org.boxoffice.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A single-use, expiring secret sent to an account's owner by mail. The secret itself is only in
 * the mail; the database keeps its SHA-256 hash, so that a copy of the database opens nothing.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(name = AccountToken.BY_HASH, query = "select t from AccountToken t where t.tokenHash = :hash")
@NamedQuery(
        name = AccountToken.OPEN_OF_ACCOUNT,
        query = "select t from AccountToken t where t.account = :account and t.purpose = :purpose and t.usedAt is null")
public class AccountToken {

    public static final String BY_HASH = "AccountToken.byHash";
    public static final String OPEN_OF_ACCOUNT = "AccountToken.openOfAccount";

    private static final SecureRandom RANDOM = new SecureRandom();

    public enum Purpose {
        VERIFY_EMAIL,
        RESET_PASSWORD,
        /** Confirms a new address, kept with the token until then. */
        CHANGE_EMAIL
    }

    /** A token with its secret, which exists only until it is mailed. */
    public record Issued(AccountToken token, String secret) {}

    @Id
    @SequenceGenerator(name = "account_token_seq", sequenceName = "account_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_token_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "new_email", length = 254)
    private String newEmail;

    protected AccountToken() {}

    /** A new token of 256 random bits, valid for {@code lifetime} from {@code now}. */
    public static Issued issue(Account account, Purpose purpose, Duration lifetime, OffsetDateTime now) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        AccountToken token = new AccountToken();
        token.account = account;
        token.purpose = purpose;
        token.tokenHash = hash(secret);
        token.createdAt = now;
        token.expiresAt = now.plus(lifetime);
        return new Issued(token, secret);
    }

    /** A token that changes the account's address to {@code newEmail} once used. */
    public static Issued issueEmailChange(Account account, String newEmail, Duration lifetime, OffsetDateTime now) {
        Issued issued = issue(account, Purpose.CHANGE_EMAIL, lifetime, now);
        issued.token().newEmail = Account.normalizeEmail(newEmail);
        return issued;
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Whether it can still be used for {@code expected}: unused, unexpired, of that purpose. */
    public boolean isUsableFor(Purpose expected, OffsetDateTime now) {
        return purpose == expected && usedAt == null && now.isBefore(expiresAt);
    }

    /** Uses it up: a second use is refused. */
    public void use(OffsetDateTime now) {
        if (usedAt != null) {
            throw new IllegalStateException("token " + id + " was used already");
        }
        usedAt = now;
    }

    public Account account() {
        return account;
    }

    public Purpose purpose() {
        return purpose;
    }

    public OffsetDateTime expiresAt() {
        return expiresAt;
    }

    public Optional<String> newEmail() {
        return Optional.ofNullable(newEmail);
    }

    public boolean isUsed() {
        return usedAt != null;
    }
}
