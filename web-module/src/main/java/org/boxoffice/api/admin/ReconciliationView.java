package org.boxoffice.api.admin;

import org.boxoffice.api.PageView;

/** A reconciliation run with a page of its differences, in the order they were found. */
public record ReconciliationView(ReconciliationRunView run, PageView<ReconciliationDifferenceView> differences) {}
