package org.socialprescribing.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Values a client should never get stored, chosen by what a schema says a field is: text with NUL,
 * lone surrogates or control characters, huge text, the wrong JSON type, invalid codes, UUIDs,
 * dates and numbers.
 */
public final class BadValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    public static final int HUGE = 100_000;

    private BadValues() {}

    /** One bad value and what is wrong with it. */
    public record Bad(String what, JsonNode value) {}

    /** What to put in a JSON field of this (resolved) schema. */
    public static List<Bad> forJson(JsonNode schema) {
        List<Bad> bad = new ArrayList<>();
        String type = schema.path("type").asText();
        if (schema.has("properties")) {
            bad.add(new Bad("an array for an object", NODES.arrayNode()));
            bad.add(new Bad("text for an object", NODES.textNode("text")));
        } else if (type.equals("array")) {
            bad.add(new Bad("an object for a list", NODES.objectNode()));
        } else if (type.equals("integer") || type.equals("number")) {
            bad.add(new Bad("text for a number", NODES.textNode("abc")));
            bad.add(new Bad("a number too large", NODES.numberNode(BigInteger.TEN.pow(30))));
        } else if (type.equals("boolean")) {
            bad.add(new Bad("text for true/false", NODES.textNode("maybe")));
            bad.add(new Bad("an object for true/false", NODES.objectNode()));
        } else if (type.equals("string")) {
            bad.add(new Bad("an object for text", NODES.objectNode()));
            typed(schema)
                    .forEach(text -> bad.add(new Bad(text.what(), NODES.textNode(text.text()))));
            unstorable()
                    .forEach(text -> bad.add(new Bad(text.what(), NODES.textNode(text.text()))));
            bad.add(new Bad("huge text", NODES.textNode("x".repeat(HUGE))));
        }
        return bad;
    }

    /** Bad text of one kind. */
    public record BadText(String what, String text) {}

    /** Text no database should be asked to store. */
    public static List<BadText> unstorable() {
        return List.of(
                new BadText("NUL", "a\u0000b"),
                new BadText("a lone high surrogate", "a\uD800b"),
                new BadText("a lone low surrogate", "a\uDC00b"),
                new BadText("a control character", "a\u001Bb"));
    }

    /** Text that breaks the format, code list or number type the schema declares, if any. */
    public static List<BadText> typed(JsonNode schema) {
        JsonNode item =
                schema.path("type").asText().equals("array") ? schema.path("items") : schema;
        String type = item.path("type").asText();
        String format = item.path("format").asText();
        if (item.has("enum")) {
            return List.of(new BadText("an unknown code", "NOT_A_CODE"));
        }
        return switch (type + " " + format) {
            case "string uuid" -> List.of(new BadText("an invalid UUID", "not-a-uuid"));
            case "string date" ->
                    List.of(
                            new BadText("an impossible date", "2026-02-30"),
                            new BadText("a date in another format", "31/01/2026"));
            case "string date-time" -> List.of(new BadText("an invalid date-time", "yesterday"));
            case "integer int32", "integer int64", "integer " ->
                    List.of(
                            new BadText("text for a number", "abc"),
                            new BadText("a number too large", "99999999999999999999"));
            case "number double", "number " -> List.of(new BadText("text for a number", "abc"));
            case "boolean " -> List.of(new BadText("text for true/false", "maybe"));
            default -> List.of();
        };
    }
}
