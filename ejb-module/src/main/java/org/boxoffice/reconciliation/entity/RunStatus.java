package org.boxoffice.reconciliation.entity;

/** Where a reconciliation run stands. */
public enum RunStatus {
    RUNNING,
    COMPLETED,
    FAILED
}
