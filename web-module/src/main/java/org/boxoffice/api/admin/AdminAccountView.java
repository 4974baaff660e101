package org.boxoffice.api.admin;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.boxoffice.account.entity.Account;

/**
 * An account as admins see it: what its owner sees ({@code AccountView}'s fields), and when it was
 * created, when and why it was disabled, until when it is locked after failed sign-ins, and its
 * organisation.
 */
public record AdminAccountView(
        String id,
        String email,
        String displayName,
        String phone,
        String postalAddress,
        List<String> roles,
        String status,
        String language,
        String createdAt,
        String disabledAt,
        String disabledReason,
        String lockedUntil,
        String organisationId) {

    static AdminAccountView of(Account account) {
        return new AdminAccountView(
                String.valueOf(account.id()),
                account.email(),
                account.displayName(),
                account.phone().orElse(null),
                account.postalAddress().orElse(null),
                account.roles().stream().map(Enum::name).sorted().toList(),
                account.status().name(),
                account.language().getLanguage(),
                account.createdAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                account.disabledAt()
                        .map(at -> at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                        .orElse(null),
                account.disabledReason().orElse(null),
                account.lockedUntil()
                        .filter(until -> until.isAfter(java.time.OffsetDateTime.now()))
                        .map(until -> until.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                        .orElse(null),
                account.organisationId().map(String::valueOf).orElse(null));
    }
}
