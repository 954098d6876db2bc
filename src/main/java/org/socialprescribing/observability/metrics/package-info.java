/**
 * The domain's own Prometheus metrics: counters recorded once the transaction that made the change
 * commits, and gauges read from a snapshot of the database refreshed at most every {@code
 * sp.metrics.gauge-refresh}. Labels are bounded (route, therapy, action, kind, scheme), never an id
 * of a patient or referral. Depends on common.
 */
package org.socialprescribing.observability.metrics;
