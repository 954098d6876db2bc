package org.socialprescribing.common.text;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.socialprescribing.common.error.InvalidFields;

/**
 * Every path parameter, query parameter and header value passes {@link StorableText} before any
 * resource reads it; a refusal names the parameter or header. Path and query values are decoded
 * here strictly: percent-encoded bytes that are not UTF-8 (a lone surrogate's among them) are
 * refused, where a lenient decoder would silently turn them into replacement characters. (RFC 9110
 * also asks a server to refuse a header with NUL, CR or LF.)
 */
public class StorableTextFilter {
    static final String NOT_UTF_8 =
            StorableText.CANNOT_BE_STORED + "percent-encoded bytes that are not UTF-8 text";

    @ServerRequestFilter
    public void refuseUnstorableText(UriInfo uri, HttpHeaders headers) {
        checkPath(uri);
        checkQuery(uri.getRequestUri().getRawQuery());
        check(headers.getRequestHeaders());
    }

    /**
     * Quarkus gives path parameters decoded only, bad bytes already replaced (U+FFFD); so each raw
     * segment is decoded strictly, and a bad one is charged to the parameter that got the
     * replacement.
     */
    private static void checkPath(UriInfo uri) {
        String rawPath = uri.getRequestUri().getRawPath();
        for (String segment : rawPath == null ? new String[0] : rawPath.split("/")) {
            if (decoded(segment).isEmpty()) {
                String name =
                        uri.getPathParameters().entrySet().stream()
                                .filter(
                                        p ->
                                                p.getValue().stream()
                                                        .anyMatch(v -> v.contains("\uFFFD")))
                                .map(Map.Entry::getKey)
                                .findFirst()
                                .orElse("path");
                throw InvalidFields.of(name, NOT_UTF_8);
            }
        }
        check(uri.getPathParameters());
    }

    private static void checkQuery(String rawQuery) {
        if (rawQuery == null) {
            return;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String name = decoded(rawName.replace('+', ' ')).orElse(rawName);
            Optional<String> value =
                    decoded(equals < 0 ? "" : pair.substring(equals + 1).replace('+', ' '));
            String reason =
                    value.isEmpty() ? NOT_UTF_8 : StorableText.problem(value.get()).orElse(null);
            if (reason != null) {
                throw InvalidFields.of(name, reason);
            }
        }
    }

    private static void check(MultivaluedMap<String, String> values) {
        for (Map.Entry<String, List<String>> entry : values.entrySet()) {
            for (String value : entry.getValue()) {
                String reason = StorableText.problem(value).orElse(null);
                if (reason != null) {
                    throw InvalidFields.of(entry.getKey(), reason);
                }
            }
        }
    }

    /** The value with %XX decoded as UTF-8, or empty when the bytes are not UTF-8. */
    static Optional<String> decoded(String value) {
        if (value == null || value.indexOf('%') < 0) {
            return Optional.ofNullable(value);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' && i + 2 < value.length() && isHex(value, i + 1, i + 2)) {
                bytes.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                int codePoint = value.codePointAt(i);
                bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint) - 1;
            }
        }
        try {
            return Optional.of(
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes.toByteArray()))
                            .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean isHex(String value, int first, int second) {
        return Character.digit(value.charAt(first), 16) >= 0
                && Character.digit(value.charAt(second), 16) >= 0;
    }
}
