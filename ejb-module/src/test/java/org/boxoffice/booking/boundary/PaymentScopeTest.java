package org.boxoffice.booking.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.EnumSet;
import java.util.Optional;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Organisation;
import org.boxoffice.account.entity.Role;
import org.junit.jupiter.api.Test;

/** Which payments each scope of the transaction history covers, and for whom. */
class PaymentScopeTest {

    private static final long CUSTOMER = 7;
    private static final long OTHER_CUSTOMER = 8;

    @Test
    void mineCoversTheCustomersOwnPaymentsOnly() {
        Account customer = account(CUSTOMER, Role.CUSTOMER);

        assertThat(PaymentScope.MINE.covers(customer, CUSTOMER, Optional.of(51L)))
                .isTrue();
        assertThat(PaymentScope.MINE.covers(customer, OTHER_CUSTOMER, Optional.of(51L)))
                .isFalse();
        assertThat(PaymentScope.ORGANISATION.covers(customer, CUSTOMER, Optional.of(51L)))
                .as("a customer has no organisation scope")
                .isFalse();
        assertThat(PaymentScope.ALL.covers(customer, OTHER_CUSTOMER, Optional.empty()))
                .isFalse();
    }

    @Test
    void organisationCoversThePaymentsOfTheOrganisationsEventsOnly() {
        Account organizer = account(30, Role.ORGANIZER);
        organizer.joinOrganisation(organisation(51));

        assertThat(PaymentScope.ORGANISATION.covers(organizer, CUSTOMER, Optional.of(51L)))
                .isTrue();
        assertThat(PaymentScope.ORGANISATION.covers(organizer, CUSTOMER, Optional.of(52L)))
                .isFalse();
        assertThat(PaymentScope.ORGANISATION.covers(organizer, CUSTOMER, Optional.empty()))
                .isFalse();
        assertThat(PaymentScope.MINE.covers(organizer, 30, Optional.of(51L)))
                .as("mine needs the customer role")
                .isFalse();
    }

    @Test
    void anOrganizerWithoutAnOrganisationOrWithoutTheRoleAnyMoreSeesNone() {
        Account organizer = account(31, Role.ORGANIZER);
        assertThat(PaymentScope.ORGANISATION.covers(organizer, CUSTOMER, Optional.of(51L)))
                .isFalse();

        organizer.joinOrganisation(organisation(51));
        organizer.changeRoles(EnumSet.of(Role.CUSTOMER));

        assertThat(PaymentScope.ORGANISATION.covers(organizer, CUSTOMER, Optional.of(51L)))
                .isFalse();
    }

    @Test
    void allCoversEveryPaymentForAdmins() {
        Account admin = account(40, Role.ADMIN);

        assertThat(PaymentScope.ALL.covers(admin, CUSTOMER, Optional.of(51L))).isTrue();
        assertThat(PaymentScope.ALL.covers(admin, OTHER_CUSTOMER, Optional.empty()))
                .isTrue();
        assertThat(PaymentScope.ALL.parameter()).isEqualTo("all");
    }

    private static Account account(long id, Role role) {
        Account account = new Account("otto" + id + "@example.org", "Otto", "hash", EnumSet.of(role));
        set(Account.class, account, "id", id);
        return account;
    }

    private static Organisation organisation(long id) {
        Organisation organisation = new Organisation("Organisation " + id);
        set(Organisation.class, organisation, "id", id);
        return organisation;
    }

    private static <T> void set(Class<T> type, T target, String name, Object value) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
