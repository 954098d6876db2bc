package org.socialprescribing.observability.tracing;

import io.opentelemetry.api.trace.Span;
import java.util.UUID;

/**
 * Ids an on-call engineer searches traces by, put on the current span: the calling system's
 * correlation id and the referral's conversation id (BaRS), which follows the referral through
 * every update and all feedback. Without tracing the current span records nothing.
 */
public final class RequestSpan {
    private RequestSpan() {}

    public static void correlation(String correlationId) {
        Span.current().setAttribute("sp.correlation_id", correlationId);
    }

    public static void conversation(UUID conversationId) {
        if (conversationId != null) {
            Span.current().setAttribute("sp.conversation_id", conversationId.toString());
        }
    }
}
