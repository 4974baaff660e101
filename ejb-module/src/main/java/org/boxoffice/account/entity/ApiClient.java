package org.boxoffice.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An integrator's machine: it exchanges its client id and secret for API tokens that carry its
 * scopes. The secret is shown once when the client is registered and kept only as its SHA-256
 * hash (it has 256 random bits: no dictionary to guard against, so no slow hash is needed). The
 * row is read on every request its tokens make, so that revoking it counts at once.
 */
@Entity
@Table(name = "api_client")
@NamedQuery(
        name = ApiClient.OF_ORGANISATION,
        query = "select c from ApiClient c where c.organisationId = :organisation"
                + " order by c.createdAt desc, c.clientId")
@NamedQuery(
        name = ApiClient.COUNT_OF_ORGANISATION,
        query = "select count(c) from ApiClient c where c.organisationId = :organisation")
@NamedQuery(name = ApiClient.ALL, query = "select c from ApiClient c order by c.createdAt desc, c.clientId")
@NamedQuery(name = ApiClient.COUNT_ALL, query = "select count(c) from ApiClient c")
public class ApiClient {

    public static final String OF_ORGANISATION = "ApiClient.ofOrganisation";
    public static final String COUNT_OF_ORGANISATION = "ApiClient.countOfOrganisation";
    public static final String ALL = "ApiClient.all";
    public static final String COUNT_ALL = "ApiClient.countAll";

    /** The longest name the column takes (V57). */
    public static final int NAME_LENGTH = 80;

    /** The prefixes that tell a client id and a secret apart at a glance (and to secret scanners). */
    public static final String ID_PREFIX = "bxc_";

    public static final String SECRET_PREFIX = "bxs_";

    /** How stale {@link #lastUsedAt()} may get before a request writes it again. */
    public static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "client_id", length = 40, updatable = false)
    private String clientId;

    @Column(nullable = false, length = NAME_LENGTH, updatable = false)
    private String name;

    @Column(name = "secret_hash", nullable = false, length = 64, updatable = false)
    private String secretHash;

    @Column(name = "rate_limit", nullable = false, updatable = false)
    private int rateLimit;

    @Column(nullable = false, length = 200, updatable = false)
    private String scopes;

    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "revoked_by")
    private Long revokedBy;

    protected ApiClient() {}

    /** A new client and its secret, which only the caller ever sees. */
    public record Registered(ApiClient client, String secret) {}

    /**
     * Registers a client with a fresh random id and secret.
     *
     * @param organisationId the organisation whose data it reaches; null for none (an admin's)
     * @param rateLimit the requests its tokens may make per window: the platform's limit when
     *     null, never more
     * @throws ApiClientException NAME for a name that does not fit, SCOPE for no scopes,
     *     SCOPE_NEEDS_ORGANISATION for an organisation's scope without an organisation, RATE_LIMIT
     *     for a limit below 1 or above the platform's
     */
    public static Registered register(
            String name,
            Set<Scope> scopes,
            Long organisationId,
            Integer rateLimit,
            int platformLimit,
            long createdBy,
            OffsetDateTime now) {
        if (rateLimit != null && (rateLimit < 1 || rateLimit > platformLimit)) {
            throw new ApiClientException(ApiClientException.Reason.RATE_LIMIT, platformLimit);
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new ApiClientException(ApiClientException.Reason.SCOPE, "");
        }
        if (organisationId == null) {
            scopes.stream().filter(Scope::isOrganisationBound).findFirst().ifPresent(scope -> {
                throw new ApiClientException(ApiClientException.Reason.SCOPE_NEEDS_ORGANISATION, scope.value());
            });
        }
        ApiClient client = new ApiClient();
        client.clientId = ID_PREFIX + random(15);
        client.name = name(name);
        String secret = SECRET_PREFIX + random(32);
        client.secretHash = hash(secret);
        client.scopes = EnumSet.copyOf(scopes).stream().map(Scope::value).collect(Collectors.joining(" "));
        client.organisationId = organisationId;
        client.rateLimit = rateLimit == null ? platformLimit : rateLimit;
        client.createdBy = createdBy;
        client.createdAt = now.withOffsetSameInstant(ZoneOffset.UTC);
        return new Registered(client, secret);
    }

    /** The scopes named in a space-separated list (OAuth's {@code scope} syntax), or a comma-separated one. */
    public static Set<Scope> scopes(Iterable<String> values) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String value : values) {
            if (value == null) {
                continue;
            }
            for (String part : value.trim().split("[\\s,]+")) {
                if (!part.isEmpty()) {
                    scopes.add(Scope.of(part)
                            .orElseThrow(() -> new ApiClientException(
                                    ApiClientException.Reason.SCOPE,
                                    part.length() > 40 ? part.substring(0, 40) : part)));
                }
            }
        }
        return scopes;
    }

    static String name(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()
                || trimmed.length() > NAME_LENGTH
                || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new ApiClientException(ApiClientException.Reason.NAME);
        }
        return trimmed;
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Whether this is the client's secret, compared in constant time. */
    public boolean hasSecret(String secret) {
        return secret != null
                && MessageDigest.isEqual(
                        hash(secret).getBytes(StandardCharsets.US_ASCII),
                        secretHash.getBytes(StandardCharsets.US_ASCII));
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    /** Revokes the client; revoking a revoked one again changes nothing. */
    public void revoke(long by, OffsetDateTime now) {
        if (revokedAt == null) {
            revokedAt = now.withOffsetSameInstant(ZoneOffset.UTC);
            revokedBy = by;
        }
    }

    /**
     * Notes a use; returns whether the row changed. Written at most once per {@link
     * #LAST_USED_PRECISION}, so that a busy client does not write its row on every request.
     */
    public boolean used(OffsetDateTime now) {
        if (lastUsedAt != null && lastUsedAt.plus(LAST_USED_PRECISION).isAfter(now)) {
            return false;
        }
        lastUsedAt = now.withOffsetSameInstant(ZoneOffset.UTC);
        return true;
    }

    public String clientId() {
        return clientId;
    }

    public String name() {
        return name;
    }

    public Set<Scope> scopes() {
        Set<Scope> set = EnumSet.noneOf(Scope.class);
        Arrays.stream(scopes.split(" "))
                .map(Scope::of)
                .flatMap(Optional::stream)
                .forEach(set::add);
        return set;
    }

    public boolean has(Scope scope) {
        return scopes().contains(scope);
    }

    /** The requests its tokens may make per window. */
    public int rateLimit() {
        return rateLimit;
    }

    public Optional<Long> organisationId() {
        return Optional.ofNullable(organisationId);
    }

    public long createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public Optional<OffsetDateTime> lastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }

    public Optional<OffsetDateTime> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public Optional<Long> revokedBy() {
        return Optional.ofNullable(revokedBy);
    }

    /** How the audit trail names the client as an actor. */
    public String actor() {
        return "API client " + clientId;
    }
}
