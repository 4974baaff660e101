package org.boxoffice.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.ApiClient;
import org.boxoffice.account.entity.ApiClientException;
import org.boxoffice.account.entity.NotAnOrganizerException;
import org.boxoffice.account.entity.Role;
import org.boxoffice.account.entity.Scope;
import org.boxoffice.audit.boundary.AuditTrail;
import org.boxoffice.audit.entity.AuditEvent.Action;
import org.boxoffice.platform.entity.Page;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The API clients of integrators: an organizer registers them for the own organisation, an admin
 * for any organisation or for none; the secret is shown once. They exchange id and secret for
 * tokens ({@link #authenticate}), and every request of such a token asks {@link #admit} whether the
 * client still counts, a read by primary key, so that revoking it stops its tokens at once on
 * every instance.
 */
@Stateless
public class ApiClients {

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "boxoffice.api.rate-limit.client.requests", defaultValue = "600")
    int platformLimit;

    /**
     * Registers a client of the organizer's own organisation (an organizer), or of the organisation
     * named, or of none (an admin).
     *
     * @param asAdmin whether the account acts as an admin (the admins' API); an account that is
     *     also an organizer acts on its own organisation's clients otherwise
     * @param organisationId the organisation an admin names; ignored for an organizer
     * @throws NotAnOrganizerException for an organizer of no organisation
     * @throws UnknownOrganisationException for an admin naming an organisation that does not exist
     * @throws ApiClientException NAME, SCOPE, SCOPE_NEEDS_ORGANISATION or RATE_LIMIT, see {@link
     *     ApiClient#register}
     */
    public ApiClient.Registered register(
            Account by,
            boolean asAdmin,
            Long organisationId,
            String name,
            Set<Scope> scopes,
            Integer rateLimit,
            String address) {
        Long organisation = organisationOf(by, asAdmin, organisationId);
        ApiClient.Registered registered =
                ApiClient.register(name, scopes, organisation, rateLimit, platformLimit, by.id(), now());
        ApiClient client = registered.client();
        em.persist(client);
        audit.record(
                by.id(),
                by.email(),
                Action.API_CLIENT_REGISTERED,
                by.id(),
                "API client " + client.clientId() + " '" + client.name() + "' with scopes " + scopeList(client)
                        + (organisation == null ? " for no organisation" : " for organisation " + organisation),
                address);
        return registered;
    }

    /**
     * The clients the account may see, newest first: an organizer its organisation's (none without
     * one), an admin acting as one all.
     */
    public Page<ApiClient> list(Account viewer, boolean asAdmin, int page, int size) {
        if (admin(viewer, asAdmin)) {
            return page(
                    em.createNamedQuery(ApiClient.ALL, ApiClient.class),
                    em.createNamedQuery(ApiClient.COUNT_ALL, Long.class),
                    page,
                    size);
        }
        Optional<Long> own = viewer.organisationAsOrganizer();
        if (own.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        long organisation = own.get();
        return page(
                em.createNamedQuery(ApiClient.OF_ORGANISATION, ApiClient.class)
                        .setParameter("organisation", organisation),
                em.createNamedQuery(ApiClient.COUNT_OF_ORGANISATION, Long.class)
                        .setParameter("organisation", organisation),
                page,
                size);
    }

    /** @throws ApiClientException UNKNOWN when there is no such client that the account may see */
    public ApiClient get(Account viewer, boolean asAdmin, String clientId) {
        return Optional.ofNullable(clientId)
                .filter(id -> id.length() <= 40)
                .map(id -> em.find(ApiClient.class, id))
                .filter(client ->
                        admin(viewer, asAdmin) || client.organisationId().equals(viewer.organisationAsOrganizer()))
                .orElseThrow(() -> new ApiClientException(ApiClientException.Reason.UNKNOWN, shown(clientId)));
    }

    /** Revokes the client: its tokens stop working at once. Revoking a revoked one again changes nothing. */
    public ApiClient revoke(Account by, boolean asAdmin, String clientId, String address) {
        ApiClient client = get(by, asAdmin, clientId);
        if (client.isActive()) {
            client.revoke(by.id(), now());
            audit.record(
                    by.id(),
                    by.email(),
                    Action.API_CLIENT_REVOKED,
                    by.id(),
                    "API client " + client.clientId() + " '" + client.name() + "'",
                    address);
        }
        return client;
    }

    /**
     * The active client with this id and secret (OAuth's client credentials grant).
     *
     * @throws ApiClientException INVALID_CLIENT, the same for an unknown id, a wrong secret and a
     *     revoked client
     */
    public ApiClient authenticate(String clientId, String secret) {
        ApiClient client = Optional.ofNullable(clientId)
                .filter(id -> id.length() <= 40)
                .map(id -> em.find(ApiClient.class, id))
                .filter(ApiClient::isActive)
                .filter(found -> found.hasSecret(secret))
                .orElseThrow(() -> new ApiClientException(ApiClientException.Reason.INVALID_CLIENT));
        client.used(now());
        return client;
    }

    /**
     * The client of a token, when it still counts (not revoked): read by its primary key, on every
     * request. Notes the use at most once a minute.
     */
    public Optional<ApiClient> admit(String clientId) {
        Optional<ApiClient> client = Optional.ofNullable(clientId)
                .filter(id -> id.length() <= 40)
                .map(id -> em.find(ApiClient.class, id))
                .filter(ApiClient::isActive);
        client.ifPresent(found -> found.used(now()));
        return client;
    }

    /**
     * The customer a client acts for, named by account id or e-mail address: an active account with
     * the role CUSTOMER.
     *
     * @throws ApiClientException UNKNOWN_CUSTOMER for anyone else
     */
    public Account customer(String named) {
        String value = named == null ? "" : named.strip();
        Optional<Account> account = value.matches("\\d{1,18}")
                ? accounts.findWithRoles(Long.parseLong(value))
                : value.length() <= 254 && value.contains("@")
                        ? accounts.findByEmail(value).flatMap(found -> accounts.findWithRoles(found.id()))
                        : Optional.empty();
        return account.filter(Account::isActive)
                .filter(found -> found.has(Role.CUSTOMER))
                .orElseThrow(() -> new ApiClientException(ApiClientException.Reason.UNKNOWN_CUSTOMER, shown(value)));
    }

    /** Records in the audit trail what a client did for a customer. */
    public void actedFor(String clientId, long customerId, String what, String address) {
        audit.record(null, "API client " + clientId, Action.API_CLIENT_BOOKING, customerId, what, address);
    }

    /** Whether the account acts as an admin: asked to, and one. */
    private static boolean admin(Account account, boolean asAdmin) {
        return asAdmin && account.has(Role.ADMIN);
    }

    private Long organisationOf(Account by, boolean asAdmin, Long organisationId) {
        if (admin(by, asAdmin)) {
            if (organisationId != null) {
                organisations.find(organisationId).orElseThrow(() -> new UnknownOrganisationException(organisationId));
            }
            return organisationId;
        }
        return ownOrganisation(by);
    }

    private static long ownOrganisation(Account organizer) {
        return organizer.organisationAsOrganizer().orElseThrow(() -> new NotAnOrganizerException(organizer.id()));
    }

    private static Page<ApiClient> page(
            jakarta.persistence.TypedQuery<ApiClient> items,
            jakarta.persistence.TypedQuery<Long> count,
            int page,
            int size) {
        List<ApiClient> found = items.setFirstResult(Page.offset(page, size))
                .setMaxResults(size)
                .getResultList();
        return new Page<>(found, page, size, count.getSingleResult());
    }

    private static String scopeList(ApiClient client) {
        return client.scopes().stream().map(Scope::value).collect(Collectors.joining(" "));
    }

    private static String shown(String value) {
        String text = value == null ? "" : value;
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
