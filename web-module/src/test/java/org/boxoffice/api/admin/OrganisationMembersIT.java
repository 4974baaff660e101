package org.boxoffice.api.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.boxoffice.it.Api;
import org.boxoffice.it.Http;
import org.boxoffice.it.Platform;
import org.boxoffice.it.TestData;
import org.boxoffice.it.TestData.GaEvent;
import org.boxoffice.it.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Admins search organisations by name with their counts, rename them, and make accounts their
 * organizers and finance contacts by address, or take those roles away; every change audited, and
 * nobody but an admin does any of it.
 */
class OrganisationMembersIT {

    @Test
    void theListIsSearchedByNameAndCountsOrganizersFinanceContactsAndEvents() {
        Admin admin = admin();
        String name = TestData.unique("Counted Hall");
        String id = create(admin, name);
        long organisation = Long.parseLong(id);
        TestData.joinOrganisation(
                TestData.account(TestData.unique("organizer") + "@example.org", "ORGANIZER"), organisation);
        TestData.joinOrganisation(
                TestData.account(TestData.unique("both") + "@example.org", "ORGANIZER", "FINANCE"), organisation);
        long closed = TestData.account(TestData.unique("closed") + "@example.org", "FINANCE");
        TestData.joinOrganisation(closed, organisation);
        TestData.execute("update account set status = 'CLOSED' where id = ?", closed);
        GaEvent event = TestData.publishedEvent(
                TestData.unique("Counted night"),
                TestData.unique("City"),
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(30),
                "20.00",
                10);
        TestData.organiseEvent(event.eventId(), organisation);

        // part of the name, in another case, with spaces around
        String part = " " + name.substring(name.indexOf("Hall")).toUpperCase(Locale.ROOT) + " ";
        HttpResponse<String> response = Http.getWithToken(
                Platform.uri("/api/v1/admin/organisations?query=" + URLEncoder.encode(part, StandardCharsets.UTF_8)),
                admin.token());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject page = Http.json(response);
        assertThat(page.getInt("total")).isEqualTo(1);
        JsonObject item = page.getJsonArray("items").getJsonObject(0);
        assertThat(item.keySet())
                .containsExactlyInAnyOrder("id", "name", "createdAt", "organizers", "financeContacts", "events");
        assertThat(item.getString("id")).isEqualTo(id);
        assertThat(item.getString("name")).isEqualTo(name);
        assertThat(item.getInt("organizers")).isEqualTo(2);
        assertThat(item.getInt("financeContacts"))
                .as("the closed account is not counted")
                .isEqualTo(1);
        assertThat(item.getInt("events")).isEqualTo(1);

        HttpResponse<String> none = Http.getWithToken(
                Platform.uri("/api/v1/admin/organisations?query=" + TestData.unique("nothing-like-it")), admin.token());
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(Http.json(none).getInt("total")).isZero();
        assertThat(Http.json(none).getJsonArray("items")).isEmpty();
    }

    @Test
    void anAccountBecomesFinanceContactAndOrganizerByAddressAndLosesOneRoleThenTheMembership() {
        Admin admin = admin();
        String organisation = create(admin, TestData.unique("Member Hall"));
        String email = TestData.unique("member") + "@example.org";
        long account = TestData.account(email, "CUSTOMER");
        String address = TestData.unique("admin-desk");

        HttpResponse<String> added = Http.postJson(
                members(organisation),
                "{\"email\":\"  " + email.toUpperCase(Locale.ROOT) + " \",\"role\":\"finance\"}",
                "Authorization",
                "Bearer " + admin.token(),
                "X-Forwarded-For",
                address);

        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        JsonObject member = Http.json(added);
        assertThat(member.getString("accountId")).isEqualTo(String.valueOf(account));
        assertThat(member.getString("email")).isEqualTo(email);
        assertThat(member.getString("status")).isEqualTo("ACTIVE");
        assertThat(strings(member, "roles")).containsExactly("CUSTOMER", "FINANCE");
        assertThat(member.getBoolean("organizer")).isFalse();
        assertThat(member.getBoolean("financeContact")).isTrue();
        assertThat(TestData.organisationOf(account)).isEqualTo(Long.parseLong(organisation));
        assertThat(TestData.text(
                        "select actor || ' ' || address from audit_event where action = 'ORGANISATION_MEMBER_ADDED'"
                                + " and subject_id = ?",
                        account))
                .isEqualTo(admin.email() + " " + address);

        assertThat(add(admin, organisation, email, "ORGANIZER").statusCode()).isEqualTo(200);
        JsonObject details = details(admin, organisation);
        assertThat(details.getInt("organizers")).isEqualTo(1);
        assertThat(details.getInt("financeContacts")).isEqualTo(1);
        assertThat(details.getJsonArray("members")).hasSize(1);
        JsonObject listed = details.getJsonArray("members").getJsonObject(0);
        assertThat(strings(listed, "roles")).containsExactly("CUSTOMER", "FINANCE", "ORGANIZER");
        assertThat(listed.getBoolean("organizer")).isTrue();

        HttpResponse<String> financeRemoved = remove(admin, organisation, account, "?role=FINANCE");

        assertThat(financeRemoved.statusCode()).as(financeRemoved.body()).isEqualTo(204);
        details = details(admin, organisation);
        assertThat(details.getInt("financeContacts")).isZero();
        assertThat(details.getInt("organizers")).isEqualTo(1);
        assertThat(strings(details.getJsonArray("members").getJsonObject(0), "roles"))
                .containsExactly("CUSTOMER", "ORGANIZER");

        HttpResponse<String> membershipRemoved = remove(admin, organisation, account, "");

        assertThat(membershipRemoved.statusCode()).as(membershipRemoved.body()).isEqualTo(204);
        assertThat(details(admin, organisation).getJsonArray("members")).isEmpty();
        assertThat(TestData.organisationOf(account)).isNull();
        assertThat(TestData.text(
                        "select string_agg(role, ',' order by role) from account_role where account_id = ?", account))
                .isEqualTo("CUSTOMER");
        assertThat(TestData.count(
                        "select count(*) from audit_event where action = 'ORGANISATION_MEMBER_REMOVED' and subject_id = ?",
                        account))
                .isEqualTo(2);
        assertThat(TestData.count(
                        "select count(*) from audit_event where action = 'ORGANISATION_MEMBER_ADDED' and subject_id = ?",
                        account))
                .isEqualTo(2);
    }

    @Test
    void anOrganisationIsRenamedAuditedAndATakenNameIsAConflict() {
        Admin admin = admin();
        String taken = TestData.unique("Taken Theatre");
        create(admin, taken);
        String old = TestData.unique("Old Theatre");
        String organisation = create(admin, old);
        String renamed = TestData.unique("New Theatre");

        HttpResponse<String> conflict = rename(admin, organisation, taken.toLowerCase(Locale.ROOT));
        Api.assertProblem(conflict, 409, "account.organisation-name-taken");
        HttpResponse<String> blank = rename(admin, organisation, "  ");
        assertThat(blank.statusCode()).as(blank.body()).isEqualTo(422);
        assertThat(details(admin, organisation).getString("name")).isEqualTo(old);

        HttpResponse<String> response = rename(admin, organisation, " " + renamed.replace(" ", "   "));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.json(response).getString("name")).isEqualTo(renamed);
        assertThat(details(admin, organisation).getString("name")).isEqualTo(renamed);
        assertThat(TestData.text(
                        "select actor from audit_event where action = 'ORGANISATION_CHANGED' and detail = ?",
                        "organisation " + organisation + ": name \"" + old + "\" -> \"" + renamed + "\""))
                .isEqualTo(admin.email());
        // its own name in another case is no conflict
        HttpResponse<String> recased = rename(admin, organisation, renamed.toUpperCase(Locale.ROOT));
        assertThat(recased.statusCode()).as(recased.body()).isEqualTo(200);
        assertThat(Http.json(recased).getString("name")).isEqualTo(renamed.toUpperCase(Locale.ROOT));
    }

    @Test
    void unknownAccountsMembersOfAnotherOrganisationAndOtherRolesAreRefused() {
        Admin admin = admin();
        String organisation = create(admin, TestData.unique("Strict Hall"));
        String otherName = TestData.unique("Other Hall");
        long other = TestData.organisation(otherName);
        String email = TestData.unique("elsewhere") + "@example.org";
        long elsewhere = TestData.account(email, "ORGANIZER");
        TestData.joinOrganisation(elsewhere, other);
        String customerEmail = TestData.unique("customer") + "@example.org";
        long customer = TestData.account(customerEmail, "CUSTOMER");

        Api.assertProblem(
                add(admin, organisation, TestData.unique("nobody") + "@example.org", "FINANCE"),
                404,
                "account.membership.unknown-email");
        HttpResponse<String> taken = add(admin, organisation, email, "FINANCE");
        Api.assertProblem(taken, 409, "account.membership.other-organisation");
        assertThat(Http.json(taken).getString("detail")).contains(email, otherName);
        assertThat(TestData.organisationOf(elsewhere)).isEqualTo(other);
        assertThat(TestData.text("select string_agg(role, ',') from account_role where account_id = ?", elsewhere))
                .isEqualTo("ORGANIZER");
        for (String role : List.of("ADMIN", "", "nonsense")) {
            HttpResponse<String> refused = add(admin, organisation, customerEmail, role);
            assertThat(refused.statusCode()).as(role + ": " + refused.body()).isEqualTo(422);
            assertThat(Http.json(refused).getString("code")).isEqualTo("invalid-input");
            assertThat(Http.json(refused)
                            .getJsonArray("errors")
                            .getJsonObject(0)
                            .getString("field"))
                    .isEqualTo("role");
        }
        Api.assertProblem(add(admin, "999999999", customerEmail, "FINANCE"), 404, "account.unknown-organisation");
        Api.assertProblem(remove(admin, organisation, customer, ""), 404, "account.membership.not-a-member");
        Api.assertProblem(
                remove(admin, organisation, elsewhere, "?role=ORGANIZER"), 404, "account.membership.not-a-member");
        Api.assertProblem(remove(admin, organisation, 999999999L, ""), 404, "account.unknown");
        TestData.joinOrganisation(customer, Long.parseLong(organisation));
        Api.assertProblem(remove(admin, organisation, customer, "?role=admin"), 422, "account.membership.member-role");
        assertThat(TestData.organisationOf(customer)).isEqualTo(Long.parseLong(organisation));
        assertThat(TestData.text("select string_agg(role, ',') from account_role where account_id = ?", customer))
                .isEqualTo("CUSTOMER");
        assertThat(TestData.count(
                        "select count(*) from audit_event where subject_id in (?, ?) and action like 'ORGANISATION_MEMBER%'",
                        elsewhere, customer))
                .isZero();
    }

    @Test
    void nobodyButAnAdminListsReadsRenamesOrChangesMembers() {
        long organisation = TestData.organisation(TestData.unique("Guarded Hall"));
        String financeEmail = TestData.unique("finance") + "@example.org";
        long finance = TestData.account(financeEmail, "FINANCE");
        TestData.joinOrganisation(finance, organisation);
        String organizerEmail = TestData.unique("organizer") + "@example.org";
        long organizer = TestData.account(organizerEmail, "ORGANIZER");
        TestData.joinOrganisation(organizer, organisation);
        URI one = Platform.uri("/api/v1/admin/organisations/" + organisation);

        for (String token : List.of(
                Tokens.valid(finance, financeEmail, "FINANCE"), Tokens.valid(organizer, organizerEmail, "ORGANIZER"))) {
            String bearer = "Bearer " + token;
            for (HttpResponse<String> response : List.of(
                    Http.getWithToken(Platform.uri("/api/v1/admin/organisations?query=Guarded"), token),
                    Http.getWithToken(one, token),
                    Http.putJson(
                            Platform.uri(one.getPath() + "/name"), "{\"name\":\"Mine now\"}", "Authorization", bearer),
                    Http.postJson(
                            members(String.valueOf(organisation)),
                            "{\"email\":\"" + organizerEmail + "\",\"role\":\"FINANCE\"}",
                            "Authorization",
                            bearer),
                    Http.delete(Platform.uri(one.getPath() + "/members/" + finance), "Authorization", bearer))) {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
                assertThat(Http.contentType(response)).startsWith("application/problem+json");
            }
        }
        assertThat(Http.get(one).statusCode()).isEqualTo(401);
        assertThat(Http.delete(Platform.uri(one.getPath() + "/members/" + finance))
                        .statusCode())
                .isEqualTo(401);
        assertThat(TestData.text("select string_agg(role, ',') from account_role where account_id = ?", organizer))
                .isEqualTo("ORGANIZER");
        assertThat(TestData.organisationOf(finance)).isEqualTo(organisation);
    }

    private record Admin(long id, String email, String token) {}

    private static Admin admin() {
        String email = TestData.unique("members-admin") + "@example.org";
        long id = TestData.account(email, "ADMIN");
        return new Admin(id, email, Tokens.valid(id, email, "ADMIN"));
    }

    /** A new organisation made through the API; its id. */
    private static String create(Admin admin, String name) {
        HttpResponse<String> created = Http.postJson(
                Platform.uri("/api/v1/admin/organisations"),
                "{\"name\":\"" + name + "\"}",
                "Authorization",
                "Bearer " + admin.token());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).getString("id");
    }

    private static URI members(String organisation) {
        return Platform.uri("/api/v1/admin/organisations/" + organisation + "/members");
    }

    private static HttpResponse<String> add(Admin admin, String organisation, String email, String role) {
        return Http.postJson(
                members(organisation),
                "{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}",
                "Authorization",
                "Bearer " + admin.token());
    }

    private static HttpResponse<String> remove(Admin admin, String organisation, long account, String query) {
        return Http.delete(
                Platform.uri("/api/v1/admin/organisations/" + organisation + "/members/" + account + query),
                "Authorization",
                "Bearer " + admin.token());
    }

    private static HttpResponse<String> rename(Admin admin, String organisation, String name) {
        return Http.putJson(
                Platform.uri("/api/v1/admin/organisations/" + organisation + "/name"),
                "{\"name\":\"" + name + "\"}",
                "Authorization",
                "Bearer " + admin.token());
    }

    private static JsonObject details(Admin admin, String organisation) {
        HttpResponse<String> response =
                Http.getWithToken(Platform.uri("/api/v1/admin/organisations/" + organisation), admin.token());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    private static List<String> strings(JsonObject object, String field) {
        return object.getJsonArray(field).stream()
                .map(value -> ((JsonString) value).getString())
                .toList();
    }
}
