package org.boxoffice.ticket.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.EnumSet;
import java.util.Optional;
import org.boxoffice.account.entity.Account;
import org.boxoffice.account.entity.Organisation;
import org.boxoffice.account.entity.Role;
import org.junit.jupiter.api.Test;

class DoorkeeperTest {

    @Test
    void anAdminOpensEveryDoorAndAnOrganizerOnlyTheOwnOrganisations() {
        Doorkeeper.Staff admin = new Doorkeeper.Staff(account(Role.ADMIN));
        assertThat(admin.admitsTo(Optional.of(51L))).isTrue();
        assertThat(admin.admitsTo(Optional.empty())).isTrue();

        Account member = account(Role.ORGANIZER);
        member.joinOrganisation(organisation(51));
        Doorkeeper.Staff organizer = new Doorkeeper.Staff(member);
        assertThat(organizer.admitsTo(Optional.of(51L))).isTrue();
        assertThat(organizer.admitsTo(Optional.of(52L))).isFalse();
        assertThat(organizer.admitsTo(Optional.empty()))
                .as("no such event, or one of no organisation")
                .isFalse();

        Doorkeeper.Staff loner = new Doorkeeper.Staff(account(Role.ORGANIZER));
        assertThat(loner.admitsTo(Optional.empty()))
                .as("no organisation of its own")
                .isFalse();

        member.changeRoles(EnumSet.of(Role.CUSTOMER));
        assertThat(organizer.admitsTo(Optional.of(51L)))
                .as("the role taken away")
                .isFalse();
    }

    @Test
    void anAdmissionRecordsEitherTheAccountOrTheScannerToken() {
        Doorkeeper scanner = new Doorkeeper.Scanner(7, 3, "North");
        assertThat(scanner.scannerId()).isEqualTo(7L);
        assertThat(scanner.accountId()).isNull();

        Doorkeeper staff = new Doorkeeper.Staff(account(Role.ADMIN));
        assertThat(staff.scannerId()).isNull();
    }

    private static Account account(Role role) {
        return new Account("door@example.org", "Door", "hash", EnumSet.of(role));
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
