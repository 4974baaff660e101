package org.boxoffice.account.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.ApiClient;
import org.boxoffice.account.entity.Scope;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues the API's MicroProfile JWTs: RS256, signed with the private key whose public half the
 * platform verifies with ({@code mp.jwt.verify.publickey.location}); the account id as subject, its
 * e-mail as {@code upn}, its roles as {@code groups}.
 */
@ApplicationScoped
public class ApiTokens {

    /** A signed token and how long it lives. */
    public record Issued(String token, Duration lifetime) {}

    @Inject
    @ConfigProperty(name = "boxoffice.jwt.signing-key.location")
    Optional<String> signingKeyLocation;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = "boxoffice")
    String issuer;

    @Inject
    @ConfigProperty(name = "boxoffice.jwt.lifetime", defaultValue = "PT30M")
    Duration lifetime;

    private volatile RSASSASigner signer;
    private final Clock clock = Clock.systemUTC();

    public Issued issue(Account account) {
        Instant now = clock.instant();
        JWTClaimsSet claims = claims(
                        String.valueOf(account.id()),
                        account.email(),
                        account.roles().stream().map(Enum::name).sorted().toList(),
                        UUID.randomUUID().toString(),
                        now,
                        now.plus(lifetime))
                .build();
        return new Issued(sign(claims), lifetime);
    }

    /**
     * An API client's token: the client id as subject and {@code upn}, {@code API_CLIENT} and its
     * scopes as {@code groups} (what the endpoints' roles allow), the scopes once more as OAuth's
     * space-separated {@code scope}, and its organisation, when it has one, as {@code org}.
     */
    public Issued issue(ApiClient client) {
        Instant now = clock.instant();
        List<String> scopes = client.scopes().stream().map(Scope::value).toList();
        List<String> groups = new java.util.ArrayList<>(scopes);
        groups.add(0, Scope.CLIENT_ROLE);
        JWTClaimsSet.Builder builder = claims(
                        client.clientId(),
                        client.clientId(),
                        groups,
                        UUID.randomUUID().toString(),
                        now,
                        now.plus(lifetime))
                .claim("scope", String.join(" ", scopes));
        client.organisationId().ifPresent(organisation -> builder.claim("org", String.valueOf(organisation)));
        return new Issued(sign(builder.build()), lifetime);
    }

    /**
     * A token that is no account's: {@code subject} names what it stands for (a scanner token),
     * {@code groups} what it may do, {@code claims} what else its holder is bound to; it lives until
     * {@code expiresAt}. Its id ({@code jti}) is the caller's, so that the caller can look it up on
     * every use.
     */
    public Issued issue(
            String subject,
            List<String> groups,
            Map<String, String> claims,
            String jwtId,
            Instant issuedAt,
            Instant expiresAt) {
        JWTClaimsSet.Builder builder = claims(subject, subject, groups, jwtId, issuedAt, expiresAt);
        claims.forEach(builder::claim);
        return new Issued(sign(builder.build()), Duration.between(issuedAt, expiresAt));
    }

    /** The claims every API token has. */
    private JWTClaimsSet.Builder claims(
            String subject, String upn, List<String> groups, String jwtId, Instant issuedAt, Instant expiresAt) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .claim("upn", upn)
                .claim("groups", List.copyOf(groups))
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .jwtID(jwtId);
    }

    private String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims);
        try {
            jwt.sign(signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign an API token", e);
        }
        return jwt.serialize();
    }

    private RSASSASigner signer() {
        RSASSASigner known = signer;
        if (known == null) {
            String location = signingKeyLocation
                    .filter(value -> !value.isBlank())
                    .orElseThrow(() -> new IllegalStateException(
                            "no token signing key is configured: set BOXOFFICE_JWT_SIGNING_KEY_LOCATION"));
            known = new RSASSASigner(readPrivateKey(Path.of(location.replaceFirst("^file://", ""))));
            signer = known;
        }
        return known;
    }

    /** A PKCS#8 PEM key, as DevSecrets and {@code openssl genpkey} write it. */
    static PrivateKey readPrivateKey(Path file) {
        try {
            String pem = Files.readString(file, StandardCharsets.US_ASCII)
                    .replace("-----BEGIN PRIVATE KEY-----", "")
                    .replace("-----END PRIVATE KEY-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the token signing key " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the token signing key " + file + " is not an RSA key in PKCS#8 PEM", e);
        }
    }
}
