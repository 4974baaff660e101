package org.boxoffice.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevSecretsTest {

    @TempDir
    Path dir;

    @Test
    void createsEverySecretOnceAndKeepsThemOnTheNextRun() throws Exception {
        DevSecrets secrets = new DevSecrets(dir);

        assertThat(secrets.ensure())
                .containsExactlyInAnyOrder(
                        DevSecrets.JWT_PRIVATE_KEY,
                        DevSecrets.JWT_PUBLIC_KEY,
                        DevSecrets.PRIVACY_KEY,
                        DevSecrets.DB_PASSWORD,
                        DevSecrets.DEMO_PASSWORD);
        String demoPassword = Files.readString(dir.resolve(DevSecrets.DEMO_PASSWORD));
        assertThat(Base64.getDecoder().decode(Files.readString(dir.resolve(DevSecrets.PRIVACY_KEY))))
                .as("an AES-256 key")
                .hasSize(32);

        assertThat(secrets.ensure()).isEmpty();
        assertThat(Files.readString(dir.resolve(DevSecrets.DEMO_PASSWORD))).isEqualTo(demoPassword);
        assertThat(demoPassword).hasSize(16).matches("[a-zA-Z2-9]+");
    }

    @Test
    void publicKeyIsAnRsaKeyInPemForm() throws Exception {
        new DevSecrets(dir).ensure();

        String pem = Files.readString(dir.resolve(DevSecrets.JWT_PUBLIC_KEY));
        assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
        byte[] der = Base64.getMimeDecoder()
                .decode(pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", ""));
        RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        assertThat(key.getModulus().bitLength()).isEqualTo(2048);
    }
}
