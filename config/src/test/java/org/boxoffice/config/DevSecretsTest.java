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
                        DevSecrets.TICKET_PRIVATE_KEY,
                        DevSecrets.TICKET_PUBLIC_KEY,
                        DevSecrets.TEST_PROVIDER_WEBHOOK_SECRET,
                        DevSecrets.DB_PASSWORD,
                        DevSecrets.DEMO_PASSWORD);
        String demoPassword = Files.readString(dir.resolve(DevSecrets.DEMO_PASSWORD));
        assertThat(Base64.getDecoder().decode(Files.readString(dir.resolve(DevSecrets.PRIVACY_KEY))))
                .as("an AES-256 key")
                .hasSize(32);

        String webhookSecret = Files.readString(dir.resolve(DevSecrets.TEST_PROVIDER_WEBHOOK_SECRET));
        assertThat(Base64.getUrlDecoder().decode(webhookSecret))
                .as("256 random bits")
                .hasSize(32);

        assertThat(secrets.ensure()).isEmpty();
        assertThat(Files.readString(dir.resolve(DevSecrets.DEMO_PASSWORD))).isEqualTo(demoPassword);
        assertThat(Files.readString(dir.resolve(DevSecrets.TEST_PROVIDER_WEBHOOK_SECRET)))
                .isEqualTo(webhookSecret);
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

    @Test
    void ticketKeysAreAnEd25519PairInPemForm() throws Exception {
        new DevSecrets(dir).ensure();

        java.security.PrivateKey privateKey = java.security.KeyFactory.getInstance("Ed25519")
                .generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(der(DevSecrets.TICKET_PRIVATE_KEY)));
        java.security.PublicKey publicKey = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(der(DevSecrets.TICKET_PUBLIC_KEY)));
        java.security.Signature signer = java.security.Signature.getInstance("Ed25519");
        signer.initSign(privateKey);
        signer.update(new byte[] {1, 2, 3});
        byte[] signature = signer.sign();
        java.security.Signature verifier = java.security.Signature.getInstance("Ed25519");
        verifier.initVerify(publicKey);
        verifier.update(new byte[] {1, 2, 3});
        assertThat(verifier.verify(signature))
                .as("the public key is the private key's")
                .isTrue();
    }

    private byte[] der(String file) throws Exception {
        return Base64.getMimeDecoder()
                .decode(Files.readString(dir.resolve(file)).replaceAll("-----(BEGIN|END) [A-Z ]+-----", ""));
    }
}
