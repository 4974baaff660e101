/** The signed-in person's notification inbox: their own notifications only, by design of the path. */
package org.boxoffice.api.notification;
