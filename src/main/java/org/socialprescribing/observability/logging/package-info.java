/**
 * One log line per API request with the correlation id, the caller's role and organisation, the
 * operation and its outcome, carried in the MDC so that every line the request writes has them
 * (JSON in production). Never the path's query, a body or a patient identifier. Depends on common
 * and observability.metrics.
 */
package org.socialprescribing.observability.logging;
