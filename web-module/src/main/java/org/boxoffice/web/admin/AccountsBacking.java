package org.boxoffice.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.boxoffice.account.boundary.Accounts;
import org.boxoffice.account.boundary.Organisations;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.AccountQuery;
import org.boxoffice.account.entity.Organisation;
import org.boxoffice.account.entity.Role;
import org.boxoffice.admin.boundary.AccountAdministration;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.platform.BusinessException;
import org.boxoffice.platform.entity.Page;
import org.boxoffice.web.FacesMessages;
import org.boxoffice.web.PagedRows;

/**
 * The admins' accounts page: accounts searched by address, role and status; roles granted and taken
 * away, accounts disabled and enabled again, closed at their owner's request; organizers placed in
 * an organisation, organisations created. Every change is audited by the boundary; admins never
 * change their own roles nor disable or close their own account.
 */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An account as the table shows it (EL 5 reads getters, not record components). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String email;
        private final String displayName;
        private final String status;
        private final String disabledReason;
        private final List<String> roles;
        private final String organisation;

        Row(Account account, Map<Long, String> organisationNames) {
            this.id = account.id();
            this.email = account.email();
            this.displayName = account.displayName();
            this.status = account.status().name();
            this.disabledReason = account.disabledReason().orElse("");
            this.roles = account.roles().stream().map(Enum::name).sorted().toList();
            this.organisation =
                    account.organisationId().map(organisationNames::get).orElse("");
        }

        public long getId() {
            return id;
        }

        public String getEmail() {
            return email;
        }

        public String getDisplayName() {
            return displayName;
        }

        public String getStatus() {
            return status;
        }

        public String getDisabledReason() {
            return disabledReason;
        }

        public boolean isActive() {
            return Account.Status.ACTIVE.name().equals(status);
        }

        public boolean isDisabled() {
            return Account.Status.DISABLED.name().equals(status);
        }

        public boolean isClosed() {
            return Account.Status.CLOSED.name().equals(status);
        }

        public List<String> getRoles() {
            return roles;
        }

        public String getRoleList() {
            return String.join(", ", roles);
        }

        public String getOrganisation() {
            return organisation;
        }
    }

    @Inject
    transient Accounts accounts;

    @Inject
    transient AccountAdministration administration;

    @Inject
    transient Organisations organisations;

    @Inject
    transient SignedIn signedIn;

    @Inject
    transient ClientAddress client;

    private Row selected;
    private String query;
    private String role;
    private String status;
    private String reason;
    private List<String> selectedRoles = new ArrayList<>();
    private Long selectedOrganisation;
    private String newOrganisation;
    private Long feeOrganisation;
    private BigDecimal serviceFee;

    /** The organisations' names for the rows of the page being loaded: one query per page. */
    private transient Map<Long, String> organisationNames;

    /** The organisations' service fees, read with their names. */
    private transient Map<Long, String> organisationFees;

    private final PagedRows<Account, Row> rows = new PagedRows<>(
            (page, size) -> {
                organisationNames = null; // a page load reads them anew: one may have been created
                getOrganisations();
                return accounts.search(searched(), page, size);
            },
            account -> new Row(account, organisationNames),
            row -> String.valueOf(row.getId()));

    /** Shows the first page of the accounts that match the search fields. */
    public void search() {
        PagedRows.showFirstPage("accounts:table");
    }

    /** What the search fields ask for; an empty field matches every account. */
    private AccountQuery searched() {
        return new AccountQuery(
                query,
                role == null || role.isBlank() ? null : Role.valueOf(role),
                status == null || status.isBlank() ? null : Account.Status.valueOf(status));
    }

    /** Opens the dialog that disables or closes one account, with an empty reason. */
    public void ask(Row row) {
        selected = row;
        reason = null;
    }

    /**
     * Disables the chosen account: its sessions and tokens stop at once. A refusal (the admin's own
     * account, the last admin) becomes a message through the pages' exception handler.
     */
    public void disable() {
        if (selected == null) {
            return;
        }
        administration.disable(admin(), selected.getId(), reason, client.value());
        FacesMessages.info("accounts.disabled", selected.getEmail());
        selected = null;
        reason = null;
    }

    public void enable(Row row) {
        administration.enable(admin(), row.getId(), client.value());
        FacesMessages.info("accounts.enabled", row.getEmail());
    }

    /** Closes the chosen account at its owner's request, erasing its personal data. */
    public void close() {
        if (selected == null) {
            return;
        }
        administration.close(admin(), selected.getId(), reason, client.value());
        FacesMessages.info("accounts.closed", selected.getEmail());
        selected = null;
        reason = null;
    }

    private long admin() {
        return signedIn.find()
                .orElseThrow(() -> new IllegalStateException("no session"))
                .id();
    }

    /** Opens the edit dialog for one account. */
    public void edit(Row row) {
        selected = row;
        selectedRoles = new ArrayList<>(row.getRoles());
        selectedOrganisation =
                accounts.find(row.getId()).flatMap(Account::organisationId).orElse(null);
    }

    public void save() {
        if (selected == null) {
            return;
        }
        long admin = admin();
        try {
            Set<Role> roles = selectedRoles.stream()
                    .map(Role::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
            if (!roles.equals(
                    Set.copyOf(selected.getRoles().stream().map(Role::valueOf).toList()))) {
                administration.changeRoles(admin, selected.getId(), roles, client.value());
            }
            if (selectedOrganisation != null && (roles.contains(Role.ORGANIZER) || roles.contains(Role.FINANCE))) {
                organisations.assign(admin, selected.getId(), selectedOrganisation, client.value());
            }
            FacesMessages.info("accounts.saved", selected.getEmail());
            selected = null;
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    public void createOrganisation() {
        long admin = admin();
        try {
            Organisation created = organisations.create(admin, newOrganisation, client.value());
            organisationNames = null;
            FacesMessages.info("accounts.organisationCreated", created.name());
            newOrganisation = null;
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    /**
     * Sets the chosen organisation's service fee per ticket, for the bookings held from now on; an
     * empty field takes it back to the platform's default.
     */
    public void changeServiceFee() {
        if (feeOrganisation == null) {
            return;
        }
        long admin = admin();
        try {
            Organisation changed = organisations.changeServiceFee(admin, feeOrganisation, serviceFee, client.value());
            organisationNames = null;
            FacesMessages.info("accounts.serviceFeeSet", changed.name(), fee(changed));
        } catch (BusinessException e) {
            FacesMessages.error(e);
        }
    }

    private static String fee(Organisation organisation) {
        return organisation
                .serviceFee()
                .map(BigDecimal::toPlainString)
                .orElseGet(() -> FacesMessages.text("accounts.platformFee"));
    }

    /** Organisation id to its service fee per ticket ("1.50"), read with the names. */
    public Map<Long, String> getServiceFees() {
        getOrganisations();
        return organisationFees;
    }

    /**
     * Organisation id to name, for the table and the dialog's choice (admins manage few): read again
     * with each page of the table and after a new organisation, not each time Faces asks for a
     * menu's items while it renders.
     */
    public Map<Long, String> getOrganisations() {
        if (organisationNames == null) {
            Map<Long, String> names = new LinkedHashMap<>();
            Map<Long, String> fees = new LinkedHashMap<>();
            organisations.list(1, Page.MAX_SIZE).items().forEach(o -> {
                names.put(o.id(), o.name());
                fees.put(o.id(), fee(o));
            });
            organisationNames = names;
            organisationFees = fees;
        }
        return organisationNames;
    }

    public List<String> getAllRoles() {
        return EnumSet.allOf(Role.class).stream().map(Enum::name).toList();
    }

    public List<String> getAllStatuses() {
        return EnumSet.allOf(Account.Status.class).stream().map(Enum::name).toList();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public PagedRows<?, Row> getRows() {
        return rows;
    }

    public Row getSelected() {
        return selected;
    }

    public List<String> getSelectedRoles() {
        return selectedRoles;
    }

    public void setSelectedRoles(List<String> selectedRoles) {
        this.selectedRoles = selectedRoles;
    }

    public Long getSelectedOrganisation() {
        return selectedOrganisation;
    }

    public void setSelectedOrganisation(Long selectedOrganisation) {
        this.selectedOrganisation = selectedOrganisation;
    }

    public Long getFeeOrganisation() {
        return feeOrganisation;
    }

    public void setFeeOrganisation(Long feeOrganisation) {
        this.feeOrganisation = feeOrganisation;
    }

    public BigDecimal getServiceFee() {
        return serviceFee;
    }

    public void setServiceFee(BigDecimal serviceFee) {
        this.serviceFee = serviceFee;
    }

    public String getNewOrganisation() {
        return newOrganisation;
    }

    public void setNewOrganisation(String newOrganisation) {
        this.newOrganisation = newOrganisation;
    }
}
