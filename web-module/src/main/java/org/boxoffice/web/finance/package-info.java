/** The finance pages: the sales reports of the finance contact's organisation (all of them for admins). */
package org.boxoffice.web.finance;
