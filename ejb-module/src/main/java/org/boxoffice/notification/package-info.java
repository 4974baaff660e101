/**
 * Notifications to customers, in the portal and by mail. Senders put a message on the
 * {@code notifications} queue inside their own JTA transaction, so a rolled-back booking notifies
 * nobody and a slow mail server never slows a booking; {@code NotificationListener} delivers it.
 * Failed deliveries are redelivered and end on the broker's dead-letter queue, never lost.
 */
package org.boxoffice.notification;
