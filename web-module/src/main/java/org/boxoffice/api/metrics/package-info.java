/**
 * The API's own metrics in {@code /metrics} (scope {@code application}): responses of every
 * endpoint counted by group and status class, and the response times of the booking and catalog
 * endpoints. The business counters and gauges are the EJB module's ({@code
 * org.boxoffice.platform.control.BusinessMetrics}, {@code org.boxoffice.platform.boundary.Gauges}).
 */
package org.boxoffice.api.metrics;
