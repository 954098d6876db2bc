/**
 * OpenTelemetry: traces are recorded and exported only when an OTLP endpoint is configured; the
 * span of a request carries the caller's correlation id and the referral's conversation id, and
 * never the query string. Depends on nothing in the application.
 */
package org.socialprescribing.observability.tracing;
