package org.boxoffice.admin.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AccountAdministrationTest {

    @Test
    void aReasonIsStrippedAndNeitherBlankNorLongerThanTheColumn() {
        assertThat(AccountAdministration.reason("  asked by mail, case 4051 ")).isEqualTo("asked by mail, case 4051");
        assertThat(AccountAdministration.reason("x".repeat(500))).hasSize(500);
        assertThat(AccountAdministration.reason("asked by mail:\n\"please close it\""))
                .contains("\n");
        for (String bad : new String[] {null, "", " \t ", "x".repeat(501), "spam\u0000", "bell\u0007"}) {
            assertThatThrownBy(() -> AccountAdministration.reason(bad))
                    .isInstanceOfSatisfying(AccountAdministrationException.class, e -> {
                        assertThat(e.reason()).isEqualTo(AccountAdministrationException.Reason.REASON_REQUIRED);
                        assertThat(e.code()).isEqualTo("admin.reason-required");
                        assertThat(e.kind()).isEqualTo(org.boxoffice.platform.BusinessException.Kind.INVALID);
                    });
        }
    }
}
