/**
 * Support cases over HTTP ({@code /api/v1/support/cases}): customers open cases and write; the
 * desk (support staff and admins) works the queue, answers, notes, assigns, moves the state and
 * acts on the case's booking; organizers see and answer the cases about their events; attachments
 * go up as raw bodies and come down to those who may see them. Canned replies under {@code
 * /api/v1/support/canned-replies}. The resources only translate; {@code
 * org.boxoffice.support.boundary.SupportCases} decides.
 */
package org.boxoffice.api.support;
