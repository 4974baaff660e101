package org.boxoffice.account.boundary;

/**
 * An account was closed and its personal data erased, in the transaction that erases it: the
 * components that keep what its owner wrote observe it and erase that too.
 *
 * @param accountId the closed account
 */
public record AccountErased(long accountId) {}
