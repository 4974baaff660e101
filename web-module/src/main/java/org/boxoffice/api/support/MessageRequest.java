package org.boxoffice.api.support;

import java.util.List;

/**
 * A message on a case: {@code {"body": "...", "internal": false, "attachmentIds": ["51"]}}. {@code
 * internal} (the desk and organizers only) writes a note the customer never sees; {@code
 * attachmentIds} are ids answered by an upload to the same case, by the same account.
 */
public record MessageRequest(String body, Boolean internal, List<String> attachmentIds) {}
