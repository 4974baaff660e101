/**
 * Notifications to customers, by mail and in the portal inbox. Senders queue a {@code Notice}
 * (which mail about which ids, never a text) on the {@code notifications} queue inside their own
 * JTA transaction, so a rolled-back booking notifies nobody and a slow mail server never slows a
 * booking. {@code NotificationListener} sends each notice's key once: it reads the current data
 * through the owning components' boundaries and writes the mail from templates in the recipient's
 * language. Failed deliveries are redelivered and end on the broker's dead-letter queue, never lost.
 */
package org.boxoffice.notification;
