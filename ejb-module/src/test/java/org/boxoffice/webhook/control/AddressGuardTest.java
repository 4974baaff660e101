package org.boxoffice.webhook.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.boxoffice.webhook.entity.WebhookException;
import org.boxoffice.webhook.entity.WebhookException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "127.1.2.3",
                "::1",
                "10.0.0.1",
                "172.16.5.4",
                "192.168.1.1",
                "169.254.169.254",
                "fe80::1",
                "fc00::1",
                "fd12:3456::1",
                "224.0.0.1",
                "ff02::1",
                "0.0.0.0",
                "::",
                "100.64.0.1",
                "::ffff:127.0.0.1",
                "::ffff:10.0.0.1"
            })
    void addressesOfThisMachineAndPrivateNetworksAreNotPublic(String address) throws Exception {
        assertThat(AddressGuard.isPublic(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "2606:4700::1111", "100.128.0.1", "172.32.0.1"})
    void publicAddressesAre(String address) throws Exception {
        assertThat(AddressGuard.isPublic(InetAddress.getByName(address))).isTrue();
    }

    @Test
    void aPrivateAddressIsRefusedUnlessAllowed() throws Exception {
        assertThatThrownBy(() -> new AddressGuard(() -> false).resolve("127.0.0.1"))
                .isInstanceOf(AddressGuard.RefusedAddressException.class)
                .hasMessageContaining("127.0.0.1");
        assertThatThrownBy(() -> new AddressGuard(() -> false).resolve("[::1]"))
                .isInstanceOf(AddressGuard.RefusedAddressException.class);
        assertThat(new AddressGuard(() -> true).resolve("127.0.0.1")).hasSize(1);
        assertThatThrownBy(() -> new AddressGuard(() -> false).check("http://127.0.0.1:8080/hook"))
                .isInstanceOfSatisfying(
                        WebhookException.class, e -> assertThat(e.reason()).isEqualTo(Reason.PRIVATE_ADDRESS));
        assertThat(new AddressGuard(() -> true).check(" http://127.0.0.1:8080/hook "))
                .isEqualTo("http://127.0.0.1:8080/hook");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "hook",
                "/hook",
                "ftp://example.org/",
                "file:///etc/passwd",
                "http://user:pw@example.org/",
                "http://example.org/#x",
                "http:///nohost",
                "http://exa mple.org/"
            })
    void onlyAbsoluteHttpUrlsWithoutUserInformationAreTaken(String url) {
        assertThatThrownBy(() -> new AddressGuard(() -> true).check(url))
                .isInstanceOfSatisfying(
                        WebhookException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_URL));
    }
}
