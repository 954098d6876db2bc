package org.socialprescribing.observability.logging;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that ties one request's log lines and span to what the calling system logged: its {@code
 * X-Correlation-Id}, else its {@code X-Request-Id} (BaRS), else a new one. Only a plain token is
 * taken, so a header can neither forge log lines nor smuggle text into them.
 */
final class CorrelationIds {
    static final String CORRELATION_ID = "X-Correlation-Id";
    static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private CorrelationIds() {}

    static String choose(String correlationId, String requestId) {
        return plain(correlationId)
                .or(() -> plain(requestId))
                .orElseGet(() -> UUID.randomUUID().toString());
    }

    private static Optional<String> plain(String header) {
        return Optional.ofNullable(header)
                .map(String::trim)
                .filter(v -> PLAIN.matcher(v).matches());
    }
}
