package org.boxoffice.webhook.control;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.apache.hc.client5.http.DnsResolver;
import org.boxoffice.webhook.entity.WebhookException;
import org.boxoffice.webhook.entity.WebhookException.Reason;
import org.boxoffice.webhook.entity.WebhookSubscription;

/**
 * Keeps webhooks off the platform's own machine and network (server-side request forgery): a host
 * whose addresses include a loopback, link-local, site-local (private), unique-local, multicast,
 * any-local or carrier-grade NAT address is refused, unless the admins allow such addresses
 * ({@code boxoffice.webhooks.allow-private-addresses}). It checks a subscription's URL when it is
 * made, and, as the sender's DNS resolver, the addresses of every connection: the sender connects
 * to exactly the addresses checked here, so a name that resolves to a public address at
 * subscription and to a private one later (DNS rebinding) is refused then.
 */
public class AddressGuard implements DnsResolver {

    /** A host refused: its connection fails as one to an unknown host does, with the reason. */
    public static class RefusedAddressException extends UnknownHostException {

        private static final long serialVersionUID = 1L;

        RefusedAddressException(String host, InetAddress address) {
            super("refused: " + host + " has the address " + address.getHostAddress()
                    + ", which is not public (boxoffice.webhooks.allow-private-addresses is false)");
        }
    }

    private final BooleanSupplier privateAllowed;

    /** @param privateAllowed asked on every check, so that a change of the setting applies at once */
    public AddressGuard(BooleanSupplier privateAllowed) {
        this.privateAllowed = privateAllowed;
    }

    /**
     * The URL of a new subscription, checked: absolute http or https, a host, no user information,
     * and (unless allowed) only public addresses.
     *
     * @return the URL as it is kept
     * @throws WebhookException INVALID_URL, UNRESOLVED_HOST or PRIVATE_ADDRESS
     */
    public String check(String url) {
        String given = url == null ? "" : url.strip();
        URI uri;
        try {
            uri = new URI(given);
        } catch (URISyntaxException e) {
            throw new WebhookException(Reason.INVALID_URL, shown(given));
        }
        String scheme = Optional.ofNullable(uri.getScheme())
                .map(s -> s.toLowerCase(Locale.ROOT))
                .orElse("");
        if (given.length() > WebhookSubscription.MAX_URL
                || !(scheme.equals("http") || scheme.equals("https"))
                || uri.getHost() == null
                || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null) {
            throw new WebhookException(Reason.INVALID_URL, shown(given));
        }
        try {
            resolve(uri.getHost());
        } catch (RefusedAddressException e) {
            throw new WebhookException(Reason.PRIVATE_ADDRESS, uri.getHost());
        } catch (UnknownHostException e) {
            throw new WebhookException(Reason.UNRESOLVED_HOST, uri.getHost());
        }
        return given;
    }

    /**
     * The host's addresses, each allowed.
     *
     * @throws RefusedAddressException when one of them is not public and such addresses are not allowed
     */
    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses = InetAddress.getAllByName(bare);
        if (!privateAllowed.getAsBoolean()) {
            for (InetAddress address : addresses) {
                if (!isPublic(address)) {
                    throw new RefusedAddressException(host, address);
                }
            }
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return resolve(host)[0].getCanonicalHostName();
    }

    /**
     * Whether an address is on the public internet as far as this check knows: not loopback,
     * link-local, site-local, unique-local (fc00::/7), multicast, any-local, carrier-grade NAT
     * (100.64.0.0/10) or "this network" (0.0.0.0/8). An IPv4-mapped IPv6 address is an IPv4
     * address to Java already.
     */
    public static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()
                || address.isAnyLocalAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) != 0xfc;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first != 0 && !(first == 100 && second >= 64 && second < 128);
    }

    private static String shown(String url) {
        String clean = url.replaceAll("\\p{Cntrl}", " ");
        return clean.length() > 80 ? clean.substring(0, 79) + "…" : clean;
    }
}
