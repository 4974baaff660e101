/** The organizer pages ({@code /organizer/*}, role ORGANIZER): only the own organisation's data. */
package org.boxoffice.web.organizer;
