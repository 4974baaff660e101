package org.boxoffice.account.entity;

/**
 * How many members of an organisation hold each member role: its organizers and its finance
 * contacts (an account with both counts in both). Closed accounts are not counted.
 */
public record MemberCounts(long organizers, long financeContacts) {

    public static final MemberCounts NONE = new MemberCounts(0, 0);
}
