/** The admin console's pages ({@code /admin/*}, role ADMIN only). */
package org.boxoffice.web.admin;
