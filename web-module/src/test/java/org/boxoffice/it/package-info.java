/**
 * The integration-test harness, shared by every {@code *IT}: one embedded PostgreSQL per test run
 * ({@link TestDatabase}), one Payara Micro started through the real launcher for the tests over HTTP
 * and in the browser ({@link Platform}), signed API tokens ({@link Tokens}), test data written
 * straight into the database ({@link TestData}), and the Arquillian deployment of the real WAR with
 * a test package added ({@link Deployments}).
 */
package org.boxoffice.it;
