package org.boxoffice.account.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountQueryTest {

    @Test
    void blankTextMatchesEveryAccountAndTextIsComparedInLowerCase() {
        assertThat(new AccountQuery("  ", null, null).text()).isNull();
        assertThat(new AccountQuery("\u0000\t", null, null).text()).isNull();
        assertThat(new AccountQuery("ada\u0000@", null, null).text()).isEqualTo("ada@");
        assertThat(AccountQuery.ALL.jpql()).isEqualTo("from Account a where 1 = 1");
        AccountQuery query = new AccountQuery(" Ada@Example ", Role.ADMIN, Account.Status.DISABLED);

        assertThat(query.text()).isEqualTo("ada@example");
        assertThat(query.id()).isEmpty();
        assertThat(query.jpql())
                .isEqualTo("from Account a join a.roles r where 1 = 1 and locate(:text, a.email) > 0 and r = :role"
                        + " and a.status = :status");
    }

    @Test
    void aNumberAlsoFindsTheAccountWithThatIdButNotOneTooLongForAnId() {
        assertThat(new AccountQuery("4051", null, null).id()).contains(4051L);
        assertThat(new AccountQuery("4051", null, null).jpql())
                .isEqualTo("from Account a where 1 = 1 and (locate(:text, a.email) > 0 or a.id = :id)");
        assertThat(new AccountQuery("99999999999999999999", null, null).id()).isEmpty();
        assertThat(new AccountQuery("x".repeat(300), null, null).text()).hasSize(AccountQuery.TEXT_MAX);
    }
}
