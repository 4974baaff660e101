/** The customer's payments over the API: the transaction history. */
package org.boxoffice.api.payment;
