package org.boxoffice.sales.entity;

/** Where a sales report is: its job running, its files written, or stopped on an error. */
public enum ReportStatus {
    RUNNING,
    COMPLETED,
    FAILED
}
