package org.boxoffice.account.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Role;
import org.boxoffice.config.DevSecrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTokensTest {

    @TempDir
    Path secrets;

    @Test
    void issuesAnRs256TokenThatTheMatchingPublicKeyVerifies() throws Exception {
        new DevSecrets(secrets).ensure();
        ApiTokens tokens = tokens(secrets.resolve(DevSecrets.JWT_PRIVATE_KEY).toString());

        ApiTokens.Issued issued = tokens.issue(account(42L, EnumSet.of(Role.ORGANIZER, Role.CUSTOMER)));

        SignedJWT jwt = SignedJWT.parse(issued.token());
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.verify(new RSASSAVerifier(publicKey(secrets.resolve(DevSecrets.JWT_PUBLIC_KEY)))))
                .isTrue();
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("42");
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("boxoffice");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("upn")).isEqualTo("otto@example.org");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("groups")).containsExactly("CUSTOMER", "ORGANIZER");
        assertThat(Duration.between(
                        jwt.getJWTClaimsSet().getIssueTime().toInstant(),
                        jwt.getJWTClaimsSet().getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(issued.lifetime()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aTokenOfNoAccountCarriesTheCallersIdClaimsAndExpiry() throws Exception {
        new DevSecrets(secrets).ensure();
        ApiTokens tokens = tokens(secrets.resolve(DevSecrets.JWT_PRIVATE_KEY).toString());
        Instant issuedAt = Instant.parse("2026-05-01T12:00:00Z");

        ApiTokens.Issued issued = tokens.issue(
                "scanner-7",
                List.of("SCANNER"),
                Map.of("event", "3", "gate", "North"),
                "the-row's-jti",
                issuedAt,
                issuedAt.plus(Duration.ofHours(8)));

        SignedJWT jwt = SignedJWT.parse(issued.token());
        assertThat(jwt.verify(new RSASSAVerifier(publicKey(secrets.resolve(DevSecrets.JWT_PUBLIC_KEY)))))
                .isTrue();
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("scanner-7");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("upn")).isEqualTo("scanner-7");
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("boxoffice");
        assertThat(jwt.getJWTClaimsSet().getJWTID()).isEqualTo("the-row's-jti");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("groups")).containsExactly("SCANNER");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("event")).isEqualTo("3");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("gate")).isEqualTo("North");
        assertThat(jwt.getJWTClaimsSet().getIssueTime().toInstant()).isEqualTo(issuedAt);
        assertThat(jwt.getJWTClaimsSet().getExpirationTime().toInstant()).isEqualTo(issuedAt.plus(Duration.ofHours(8)));
        assertThat(issued.lifetime()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void withoutASigningKeyNoTokenIsIssued() {
        ApiTokens tokens = tokens(null);

        assertThatThrownBy(() -> tokens.issue(account(1L, EnumSet.of(Role.CUSTOMER))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BOXOFFICE_JWT_SIGNING_KEY_LOCATION");
    }

    @Test
    void aKeyThatIsNotPkcs8IsRefusedWithTheFileNamed() throws Exception {
        Path notAKey = Files.writeString(secrets.resolve("not-a-key.pem"), "hello");

        assertThatThrownBy(() -> ApiTokens.readPrivateKey(notAKey))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not-a-key.pem");
    }

    private static ApiTokens tokens(String keyLocation) {
        ApiTokens tokens = new ApiTokens();
        tokens.signingKeyLocation = Optional.ofNullable(keyLocation);
        tokens.issuer = "boxoffice";
        tokens.lifetime = Duration.ofMinutes(30);
        return tokens;
    }

    private static Account account(long id, EnumSet<Role> roles) throws Exception {
        Account account = new Account("Otto@Example.org", "Otto", "hash", roles);
        Field field = Account.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(account, id);
        return account;
    }

    private static RSAPublicKey publicKey(Path pem) throws Exception {
        String body = Files.readString(pem)
                .replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        return (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
    }
}
