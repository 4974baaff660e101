package org.boxoffice.admin.entity;

import org.boxoffice.account.entity.MemberCounts;
import org.boxoffice.account.entity.Organisation;

/**
 * An organisation as the admins' list shows it: its own settings, how many organizers and finance
 * contacts it has, and how many events (drafts, cancelled and past ones included).
 */
public record OrganisationSummary(Organisation organisation, MemberCounts members, long events) {}
