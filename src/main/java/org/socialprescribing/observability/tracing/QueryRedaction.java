package org.socialprescribing.observability.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A query string can carry a patient identifier (FHIR's {@code patient:identifier} search names an
 * NHS number), so a span keeps the path and never the query.
 */
@ApplicationScoped
public class QueryRedaction implements SpanProcessor {
    static final AttributeKey<String> QUERY = AttributeKey.stringKey("url.query");
    static final AttributeKey<String> FULL_URL = AttributeKey.stringKey("url.full");
    static final AttributeKey<String> TARGET = AttributeKey.stringKey("http.target");

    @Override
    public void onStart(Context parent, ReadWriteSpan span) {
        if (span.getAttribute(QUERY) != null) {
            span.setAttribute(QUERY, "redacted");
        }
        String full = span.getAttribute(FULL_URL);
        if (full != null && full.contains("?")) {
            span.setAttribute(FULL_URL, full.substring(0, full.indexOf('?')));
        }
        String target = span.getAttribute(TARGET);
        if (target != null && target.contains("?")) {
            span.setAttribute(TARGET, target.substring(0, target.indexOf('?')));
        }
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {}

    @Override
    public boolean isEndRequired() {
        return false;
    }
}
