package org.boxoffice.account.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Organisation names, and which accounts act for an organisation. */
class OrganisationTest {

    @Test
    void aNameIsStoredWithoutSpacesAroundAndOneSpaceBetweenWords() {
        Organisation organisation = new Organisation("  Demo \t Concerts ");

        assertThat(organisation.name()).isEqualTo("Demo Concerts");
        assertThat(organisation.createdAt()).isNotNull();
    }

    @Test
    void namesCompareWhateverTheirCaseAndSpacing() {
        assertThat(Organisation.comparable(" DEMO   concerts")).isEqualTo(Organisation.comparable("Demo Concerts"));
    }

    @Test
    void aBlankOrOverlongNameIsRefused() {
        for (String name :
                new String[] {null, "", "   ", "\u2003", "x".repeat(151), "Demo\u0000Concerts", "Demo\u0007"}) {
            assertThatThrownBy(() -> new Organisation(name))
                    .as("%s", name)
                    .isInstanceOf(InvalidOrganisationNameException.class)
                    .hasMessageContaining("150");
        }
        assertThat(new Organisation("x".repeat(150)).name()).hasSize(150);
        assertThat(new Organisation(" " + "x".repeat(150) + " ").name()).hasSize(150);
    }

    @Test
    void anOrganizerJoinsAnOrganisationAndMovesToAnother() {
        Account organizer = account(Role.ORGANIZER);
        assertThat(organizer.organisationAsOrganizer()).isEmpty();

        organizer.joinOrganisation(organisation(51));
        organizer.joinOrganisation(organisation(52));

        assertThat(organizer.organisationId()).contains(52L);
        assertThat(organizer.organisationAsOrganizer()).contains(52L);
    }

    @Test
    void anAccountWithoutTheOrganizerRoleCannotJoin() {
        Account customer = account(Role.CUSTOMER, Role.ADMIN);

        assertThatThrownBy(() -> customer.joinOrganisation(organisation(51)))
                .isInstanceOfSatisfying(NotAnOrganizerException.class, refused -> assertThat(refused.code())
                        .isEqualTo("account.not-an-organizer"));
        assertThat(customer.organisationId()).isEmpty();
    }

    @Test
    void takingTheOrganizerRoleAwayEndsTheAccessButKeepsTheMembership() {
        Account organizer = account(Role.ORGANIZER);
        organizer.joinOrganisation(organisation(51));

        organizer.changeRoles(EnumSet.of(Role.CUSTOMER));

        assertThat(organizer.organisationAsOrganizer()).isEmpty();
        assertThat(organizer.organisationId()).contains(51L);

        organizer.changeRoles(EnumSet.of(Role.CUSTOMER, Role.ORGANIZER));

        assertThat(organizer.organisationAsOrganizer()).contains(51L);
    }

    @Test
    void aRenamedOrganisationKeepsTheNormalizedNameAndRefusesABlankOne() {
        Organisation organisation = new Organisation("Demo Concerts");

        assertThat(organisation.rename("  Harbour \t Hall ")).isEqualTo("Demo Concerts");

        assertThat(organisation.name()).isEqualTo("Harbour Hall");
        assertThatThrownBy(() -> organisation.rename("  ")).isInstanceOf(InvalidOrganisationNameException.class);
        assertThat(organisation.name()).isEqualTo("Harbour Hall");
    }

    @Test
    void aCustomerJoinsAsFinanceContactKeepingItsRolesAndThenAsOrganizerToo() {
        Account account = account(Role.CUSTOMER);

        account.joinAs(organisation(51), Role.FINANCE);

        assertThat(account.roles()).containsExactlyInAnyOrder(Role.CUSTOMER, Role.FINANCE);
        assertThat(account.organisationAsFinance()).contains(51L);
        assertThat(account.organisationAsOrganizer()).isEmpty();

        account.joinAs(organisation(51), Role.ORGANIZER);

        assertThat(account.roles()).containsExactlyInAnyOrder(Role.CUSTOMER, Role.FINANCE, Role.ORGANIZER);
        assertThat(account.organisationAsOrganizer()).contains(51L);
    }

    @Test
    void aMemberOfOneOrganisationCannotJoinAnotherEvenWithoutAMemberRoleLeft() {
        Account organizer = account(Role.ORGANIZER);
        organizer.joinOrganisation(organisation(51));
        organizer.changeRoles(EnumSet.of(Role.CUSTOMER));

        assertThatThrownBy(() -> organizer.joinAs(organisation(52), Role.FINANCE))
                .isInstanceOfSatisfying(MembershipException.class, refused -> assertThat(refused.code())
                        .isEqualTo("account.membership.other-organisation"));
        assertThat(organizer.roles()).containsExactly(Role.CUSTOMER);
        assertThat(organizer.organisationId()).contains(51L);
    }

    @Test
    void onlyOrganizerAndFinanceAreMemberRoles() {
        Account account = account(Role.CUSTOMER);

        for (Role role : EnumSet.complementOf(EnumSet.of(Role.ORGANIZER, Role.FINANCE))) {
            assertThatThrownBy(() -> account.joinAs(organisation(51), role))
                    .as("%s", role)
                    .isInstanceOfSatisfying(MembershipException.class, refused -> assertThat(refused.code())
                            .isEqualTo("account.membership.member-role"));
            assertThatThrownBy(() -> account.leave(organisation(51), role))
                    .as("%s", role)
                    .isInstanceOf(MembershipException.class);
        }
        assertThat(account.roles()).containsExactly(Role.CUSTOMER);
        assertThat(account.organisationId()).isEmpty();
    }

    @Test
    void takingOneMemberRoleAwayKeepsTheMembershipTheLastEndsIt() {
        Account account = account(Role.ORGANIZER, Role.FINANCE, Role.SUPPORT);
        account.joinOrganisation(organisation(51));

        account.leave(organisation(51), Role.FINANCE);

        assertThat(account.roles()).containsExactlyInAnyOrder(Role.ORGANIZER, Role.SUPPORT);
        assertThat(account.organisationId()).contains(51L);

        account.leave(organisation(51), Role.ORGANIZER);

        assertThat(account.roles()).containsExactly(Role.SUPPORT);
        assertThat(account.organisationId()).isEmpty();
        assertThatThrownBy(() -> account.leave(organisation(51), null))
                .isInstanceOfSatisfying(MembershipException.class, refused -> assertThat(refused.code())
                        .isEqualTo("account.membership.not-a-member"));
    }

    @Test
    void anAccountLeftWithoutRolesIsACustomerAndAMemberOfAnotherOrganisationIsNotRemovedHere() {
        Account account = account(Role.FINANCE);
        account.joinOrganisation(organisation(51));

        assertThatThrownBy(() -> account.leave(organisation(52), Role.FINANCE)).isInstanceOf(MembershipException.class);
        account.leave(organisation(51), null);

        assertThat(account.roles()).containsExactly(Role.CUSTOMER);
        assertThat(account.organisationId()).isEmpty();
    }

    private static Account account(Role role, Role... more) {
        return new Account("otto@example.org", "Otto", "hash", EnumSet.of(role, more));
    }

    /** An organisation as stored, with the id the database would have given it. */
    private static Organisation organisation(long id) {
        Organisation organisation = new Organisation("Organisation " + id);
        try {
            Field field = Organisation.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(organisation, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return organisation;
    }
}
