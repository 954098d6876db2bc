package org.socialprescribing.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.socialprescribing.testing.OpenApiOperations.Operation;
import org.socialprescribing.testing.OpenApiOperations.Parameter;

/**
 * Every bad request the sweep sends to one operation, built from its schema: bad bodies as a whole,
 * one bad value in each body field (nested objects and list items included), and bad path, query
 * and header parameters. Each says what the refusal must name and, where it matters, its status.
 */
public final class BadInputs {
    /** Escapes every non-ASCII character, so that lone surrogates reach the API as written. */
    private static final ObjectMapper ASCII_JSON =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private static final int MAX_DEPTH = 6;

    private final OpenApiOperations document;

    public BadInputs(OpenApiOperations document) {
        this.document = document;
    }

    /**
     * One bad request. {@code status} 0 means any 4xx; {@code field}, when set, must be named in
     * the problem's list of invalid fields.
     */
    public record BadInput(
            String what,
            String field,
            int status,
            Map<String, String> path,
            String query,
            Map<String, String> headers,
            byte[] body) {}

    /** Every bad request for the operation, its path parameters otherwise set to good values. */
    public List<BadInput> of(Operation operation, Function<Parameter, String> goodPathValue) {
        Map<String, String> path = new LinkedHashMap<>();
        operation.in("path").forEach(p -> path.put(p.name(), goodPathValue.apply(p)));
        Request base = new Request(path, operation.body() == null ? null : bytes("{}"));
        List<BadInput> bad = new ArrayList<>();
        if (operation.body() != null) {
            bodies(operation.body(), base, bad);
            fields(operation.body(), new ArrayList<>(), 0, base, bad);
        }
        for (Parameter parameter : operation.parameters()) {
            switch (parameter.in()) {
                case "path" -> pathValues(parameter, base, bad);
                case "query" -> queryValues(parameter, base, bad);
                case "header" -> headerValues(parameter, base, bad);
                default -> {}
            }
        }
        return bad;
    }

    private record Request(Map<String, String> path, byte[] body) {
        BadInput bad(String what, String field, int status, byte[] body) {
            return new BadInput(what, field, status, path, "", Map.of(), body);
        }

        BadInput withPath(String what, String name, String value, int status, String field) {
            Map<String, String> changed = new LinkedHashMap<>(path);
            changed.put(name, value);
            return new BadInput(what, field, status, changed, "", Map.of(), body);
        }

        BadInput withQuery(String what, String name, String value) {
            return new BadInput(what, name, 400, path, name + "=" + value, Map.of(), body);
        }

        BadInput withHeader(String what, String name, String value) {
            return new BadInput(what, name, 400, path, "", Map.of(name, value), body);
        }
    }

    /** The body as a whole: not JSON, not an object, not UTF-8, or (where one is needed) absent. */
    private static void bodies(JsonNode schema, Request base, List<BadInput> bad) {
        bad.add(base.bad("malformed JSON", null, 400, bytes("{\"a\": ")));
        bad.add(base.bad("an array for the body", null, 400, bytes("[]")));
        bad.add(base.bad("text for the body", null, 400, bytes("\"text\"")));
        bad.add(base.bad("a number for the body", null, 400, bytes("42")));
        bad.add(
                base.bad(
                        "a body that is not UTF-8",
                        null,
                        400,
                        new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xFF, '"', '}'}));
        if (schema.has("properties")) {
            // refused as a missing body; an operation may first refuse what its headers or path
            // name (428 without If-Match, 404 for a record nobody has)
            bad.add(base.bad("a null body", null, 0, bytes("null")));
            bad.add(base.bad("an empty body", null, 0, new byte[0]));
        }
    }

    /** One bad value in one field at a time, everything else left out. */
    private void fields(
            JsonNode schema, List<Object> at, int depth, Request base, List<BadInput> bad) {
        JsonNode resolved = document.resolve(schema);
        if (depth > MAX_DEPTH) {
            return;
        }
        if (!at.isEmpty()) {
            for (BadValues.Bad value : BadValues.forJson(resolved)) {
                bad.add(base.bad(value.what(), name(at), 400, bytes(json(at, value.value()))));
            }
        }
        if (resolved.has("properties")) {
            resolved.path("properties")
                    .fieldNames()
                    .forEachRemaining(
                            property -> {
                                List<Object> next = new ArrayList<>(at);
                                next.add(property);
                                fields(
                                        resolved.path("properties").path(property),
                                        next,
                                        depth + 1,
                                        base,
                                        bad);
                            });
        } else if (resolved.path("type").asText().equals("array")) {
            List<Object> next = new ArrayList<>(at);
            next.add(0);
            fields(resolved.path("items"), next, depth + 1, base, bad);
        }
    }

    private static void pathValues(Parameter parameter, Request base, List<BadInput> bad) {
        String name = parameter.name();
        for (BadValues.BadText text : BadValues.unstorable()) {
            bad.add(base.withPath(text.what(), name, encode(text.text()), 400, name));
        }
        if (parameter.schema().path("format").asText().equals("uuid")) {
            // an id that is not a UUID names nothing: 404 as an id nobody has, unless the body
            // (here an empty object) is refused first
            int status = base.body() == null ? 404 : 0;
            bad.add(base.withPath("an invalid UUID", name, "not-a-uuid", status, null));
        }
    }

    private static void queryValues(Parameter parameter, Request base, List<BadInput> bad) {
        for (BadValues.BadText text : BadValues.unstorable()) {
            bad.add(base.withQuery(text.what(), parameter.name(), encode(text.text())));
        }
        List<BadValues.BadText> typed = BadValues.typed(parameter.schema());
        for (BadValues.BadText text : typed) {
            bad.add(base.withQuery(text.what(), parameter.name(), encode(text.text())));
        }
        if (!typed.isEmpty()) {
            bad.add(base.withQuery("huge text", parameter.name(), "x".repeat(2000)));
        }
    }

    private static void headerValues(Parameter parameter, Request base, List<BadInput> bad) {
        // header values are bytes: no surrogates; NUL and other control characters are possible
        bad.add(base.withHeader("NUL", parameter.name(), "a\u0000b"));
        bad.add(base.withHeader("a control character", parameter.name(), "a\u0007b"));
    }

    /** The field as the API names it: "conditions[0].text". */
    static String name(List<Object> at) {
        StringBuilder name = new StringBuilder();
        for (Object step : at) {
            if (step instanceof Integer index) {
                name.append('[').append(index).append(']');
            } else {
                name.append(name.length() == 0 ? "" : ".").append(step);
            }
        }
        return name.toString();
    }

    /** A body holding only the value, at the path. */
    private static String json(List<Object> at, JsonNode value) {
        JsonNode node = value;
        for (int i = at.size() - 1; i >= 0; i--) {
            if (at.get(i) instanceof Integer) {
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                node = array.add(node);
            } else {
                ObjectNode object = JsonNodeFactory.instance.objectNode();
                node = object.set((String) at.get(i), node);
            }
        }
        try {
            return ASCII_JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Percent-encoded UTF-8; a lone surrogate becomes the bytes of its code unit (CESU-8). */
    private static String encode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (Character.isSurrogate(c)) {
                encoded.append(
                        String.format(
                                "%%%02X%%%02X%%%02X",
                                0xE0 | (c >> 12), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F)));
            } else {
                encoded.append(URLEncoder.encode(String.valueOf(c), StandardCharsets.UTF_8));
            }
        }
        return encoded.toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
