package org.boxoffice.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.boxoffice.account.boundary.Organisations;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Organisation;
import org.boxoffice.account.entity.Role;
import org.boxoffice.admin.boundary.OrganisationOverview;
import org.boxoffice.admin.entity.OrganisationSummary;
import org.boxoffice.api.ClientAddress;
import org.boxoffice.api.account.SignedIn;
import org.boxoffice.web.FacesMessages;
import org.boxoffice.web.PagedRows;

/**
 * The admins' organisations page: organisations searched by name with their zone, service fee and
 * how many organizers, finance contacts and events they have; one created, or opened to rename it,
 * change its zone and service fee, and make accounts its organizers or finance contacts by address
 * or take those roles away. The boundaries check and audit each change; a refusal they throw
 * becomes a message through the pages' exception handler.
 */
@Named
@ViewScoped
public class OrganisationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An organisation as the table and the opened panel show it (EL 5 reads getters, not record components). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String name;
        private final String zone;
        private final String serviceFee;
        private final long organizers;
        private final long financeContacts;
        private final long events;

        Row(OrganisationSummary summary) {
            Organisation organisation = summary.organisation();
            this.id = organisation.id();
            this.name = organisation.name();
            this.zone = organisation.zone().map(ZoneId::getId).orElse(null);
            this.serviceFee = organisation
                    .serviceFee()
                    .map(fee -> fee.setScale(2).toPlainString())
                    .orElse(null);
            this.organizers = summary.members().organizers();
            this.financeContacts = summary.members().financeContacts();
            this.events = summary.events();
        }

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        /** The zone its days are counted in; null for the platform's. */
        public String getZone() {
            return zone;
        }

        /** Its own service fee per ticket ("1.50"); null for the platform default. */
        public String getServiceFee() {
            return serviceFee;
        }

        public long getOrganizers() {
            return organizers;
        }

        public long getFinanceContacts() {
            return financeContacts;
        }

        public long getEvents() {
            return events;
        }
    }

    /** A member of the opened organisation. */
    public static final class Member implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String email;
        private final String displayName;
        private final String status;
        private final String roles;
        private final boolean organizer;
        private final boolean financeContact;

        Member(Account account) {
            this.id = account.id();
            this.email = account.email();
            this.displayName = account.displayName();
            this.status = account.status().name();
            this.roles = String.join(
                    ", ", account.roles().stream().map(Enum::name).sorted().toList());
            this.organizer = account.has(Role.ORGANIZER);
            this.financeContact = account.has(Role.FINANCE);
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

        public String getRoles() {
            return roles;
        }

        public boolean isOrganizer() {
            return organizer;
        }

        public boolean isFinanceContact() {
            return financeContact;
        }
    }

    @Inject
    transient Organisations organisations;

    @Inject
    transient OrganisationOverview overview;

    @Inject
    transient SignedIn signedIn;

    @Inject
    transient ClientAddress client;

    private String query;
    private String newName;

    /** The organisation opened below the table; null for none. */
    private Long openedId;

    private String name;
    private String zone;
    private BigDecimal serviceFee;
    private String memberEmail;
    private String memberRole = Role.FINANCE.name();

    /** The opened organisation and its members: read when it is opened and after each change. */
    private Row opened;

    private List<Member> members = List.of();

    private final PagedRows<OrganisationSummary, Row> rows = new PagedRows<>(
            (page, size) -> overview.search(query, page, size), Row::new, row -> String.valueOf(row.getId()));

    /** Shows the first page of the organisations whose name contains the search text. */
    public void search() {
        PagedRows.showFirstPage("organisations:table");
    }

    /** Creates an organisation and opens it. */
    public void create() {
        Organisation created = organisations.create(admin(), newName, client.value());
        FacesMessages.info("organisations.created", created.name());
        newName = null;
        show(created.id());
    }

    public void open(Row row) {
        show(row.getId());
    }

    private void show(long organisationId) {
        openedId = organisationId;
        reload();
        name = opened.getName();
        zone = opened.getZone();
        serviceFee = opened.getServiceFee() == null ? null : new BigDecimal(opened.getServiceFee());
        memberEmail = null;
    }

    public void close() {
        openedId = null;
        opened = null;
        members = List.of();
    }

    public void rename() {
        Organisation renamed = organisations.rename(admin(), opened(), name, client.value());
        name = renamed.name();
        FacesMessages.info("organisations.renamed", renamed.name());
        reload();
    }

    /** Sets the zone its report days are counted in; an empty field for the platform's. */
    public void changeZone() {
        Organisation changed = organisations.changeZone(admin(), opened(), zone, client.value());
        zone = changed.zone().map(ZoneId::getId).orElse(null);
        FacesMessages.info(
                "organisations.zoneSet",
                changed.name(),
                zone == null ? FacesMessages.text("organisations.platformZone") : zone);
        reload();
    }

    /** Sets its own service fee per ticket; an empty field for the platform default. */
    public void changeServiceFee() {
        Organisation changed = organisations.changeServiceFee(admin(), opened(), serviceFee, client.value());
        FacesMessages.info("organisations.serviceFeeSet", changed.name(), fee(changed));
        reload();
    }

    /** Takes its service fee back to the platform default. */
    public void platformServiceFee() {
        Organisation changed = organisations.changeServiceFee(admin(), opened(), null, client.value());
        serviceFee = null;
        FacesMessages.info("organisations.serviceFeeSet", changed.name(), fee(changed));
        reload();
    }

    /** Makes the account with the address typed a member, with the role chosen. */
    public void addMember() {
        Role role = Role.valueOf(memberRole);
        Account member = organisations.addMember(admin(), opened(), memberEmail, role, client.value());
        FacesMessages.info(
                "organisations.memberAdded",
                member.email(),
                FacesMessages.text("organisations.role." + role.name().toLowerCase(Locale.ROOT)),
                opened.getName());
        memberEmail = null;
        reload();
    }

    public void removeOrganizer(Member member) {
        remove(member, Role.ORGANIZER);
    }

    public void removeFinance(Member member) {
        remove(member, Role.FINANCE);
    }

    /** Takes both member roles and the membership away. */
    public void removeMember(Member member) {
        remove(member, null);
    }

    private void remove(Member member, Role role) {
        Account changed = organisations.removeMember(admin(), opened(), member.getId(), role, client.value());
        String organisation = opened.getName();
        if (changed.organisationId().isPresent()) {
            FacesMessages.info(
                    "organisations.roleRemoved",
                    changed.email(),
                    FacesMessages.text("organisations.role." + role.name().toLowerCase(Locale.ROOT)),
                    organisation);
        } else {
            FacesMessages.info("organisations.memberRemoved", changed.email(), organisation);
        }
        reload();
    }

    private void reload() {
        opened = new Row(overview.summary(openedId));
        members = organisations.members(openedId).stream().map(Member::new).toList();
    }

    private long opened() {
        if (openedId == null) {
            throw new IllegalStateException("no organisation is open");
        }
        return openedId;
    }

    private static String fee(Organisation organisation) {
        return organisation
                .serviceFee()
                .map(BigDecimal::toPlainString)
                .orElseGet(() -> FacesMessages.text("organisations.platformFee"));
    }

    private long admin() {
        return signedIn.find()
                .orElseThrow(() -> new IllegalStateException("no session"))
                .id();
    }

    public PagedRows<?, Row> getRows() {
        return rows;
    }

    public Row getOpened() {
        return opened;
    }

    public List<Member> getMembers() {
        return members;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public BigDecimal getServiceFee() {
        return serviceFee;
    }

    public void setServiceFee(BigDecimal serviceFee) {
        this.serviceFee = serviceFee;
    }

    public String getMemberEmail() {
        return memberEmail;
    }

    public void setMemberEmail(String memberEmail) {
        this.memberEmail = memberEmail;
    }

    public String getMemberRole() {
        return memberRole;
    }

    public void setMemberRole(String memberRole) {
        this.memberRole = memberRole;
    }
}
