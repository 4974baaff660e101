/**
 * Reviews and ratings: customers who went to an event (checked in, or held a valid ticket until it
 * ended) rate it once and may write about it; other users mark reviews helpful or report them, the
 * event's organizers answer once, and admins and support staff hide and restore reviews, with the
 * author told by mail. Hidden reviews count in no average and show in no list but the author's
 * and the moderators'.
 */
package org.boxoffice.review;
