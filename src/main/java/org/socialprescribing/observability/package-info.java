/**
 * What an on-call engineer sees of the running service: Prometheus metrics ({@code metrics}),
 * traces ({@code tracing}) and one structured log line per request ({@code logging}). Other
 * features reach it only through {@code metrics.DomainMetrics} and {@code
 * tracing.ConversationSpan}, one call at each seam; nothing here carries a patient identifier or
 * free text.
 */
package org.socialprescribing.observability;
