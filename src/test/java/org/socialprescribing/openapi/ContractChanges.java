package org.socialprescribing.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The changes between two versions of an OpenAPI 3.0 document that break a client generated from
 * the older one: an operation, parameter, response, field or enum value removed; a type narrowed
 * (another type or format, a tighter bound or pattern); a field a response always had now optional;
 * a new required parameter or request field.
 */
final class ContractChanges {
    private static final List<String> METHODS =
            List.of("get", "put", "post", "delete", "patch", "head", "options");

    private final JsonNode before;
    private final JsonNode after;
    private final List<String> breaking = new ArrayList<>();

    private ContractChanges(JsonNode before, JsonNode after) {
        this.before = before;
        this.after = after;
    }

    /** Each breaking change, said in a line that names where it is. */
    static List<String> breaking(JsonNode before, JsonNode after) {
        ContractChanges changes = new ContractChanges(before, after);
        changes.comparePaths();
        return changes.breaking;
    }

    private void comparePaths() {
        for (Map.Entry<String, JsonNode> path : fields(before.path("paths"))) {
            JsonNode now = after.path("paths").path(path.getKey());
            for (String method : METHODS) {
                JsonNode old = path.getValue().path(method);
                if (old.isMissingNode()) {
                    continue;
                }
                String where = method.toUpperCase() + " " + path.getKey();
                if (now.path(method).isMissingNode()) {
                    breaking.add(where + ": operation removed");
                    continue;
                }
                compareOperation(where, old, now.path(method));
            }
        }
    }

    private void compareOperation(String where, JsonNode old, JsonNode now) {
        if (!old.path("operationId").equals(now.path("operationId"))) {
            breaking.add(where + ": operationId changed (generated clients name methods by it)");
        }
        compareParameters(where, old.path("parameters"), now.path("parameters"));
        compareRequestBody(where, old.path("requestBody"), now.path("requestBody"));
        for (Map.Entry<String, JsonNode> response : fields(old.path("responses"))) {
            String status = response.getKey();
            JsonNode nowResponse = now.path("responses").path(status);
            if (!status.startsWith("2")) {
                continue;
            }
            if (nowResponse.isMissingNode()) {
                breaking.add(where + " " + status + ": response removed");
                continue;
            }
            for (Map.Entry<String, JsonNode> media : fields(response.getValue().path("content"))) {
                JsonNode nowMedia = nowResponse.path("content").path(media.getKey());
                if (nowMedia.isMissingNode()) {
                    breaking.add(where + " " + status + ": " + media.getKey() + " removed");
                    continue;
                }
                compareSchemas(
                        where + " " + status + " ",
                        media.getValue().path("schema"),
                        nowMedia.path("schema"),
                        Direction.RESPONSE,
                        new HashSet<>());
            }
        }
    }

    private void compareParameters(String where, JsonNode old, JsonNode now) {
        for (JsonNode parameter : old) {
            JsonNode match = parameter(now, parameter);
            String name = parameter.path("in").asText() + " parameter " + parameter.path("name");
            if (match == null) {
                breaking.add(where + ": " + name + " removed");
                continue;
            }
            if (!parameter.path("required").asBoolean() && match.path("required").asBoolean()) {
                breaking.add(where + ": " + name + " is now required");
            }
            compareSchemas(
                    where + " " + name + " ",
                    parameter.path("schema"),
                    match.path("schema"),
                    Direction.REQUEST,
                    new HashSet<>());
        }
        for (JsonNode parameter : now) {
            if (parameter(old, parameter) == null && parameter.path("required").asBoolean()) {
                breaking.add(
                        where
                                + ": new required "
                                + parameter.path("in").asText()
                                + " parameter "
                                + parameter.path("name"));
            }
        }
    }

    private void compareRequestBody(String where, JsonNode old, JsonNode now) {
        if (old.isMissingNode()) {
            if (now.path("required").asBoolean()) {
                breaking.add(where + ": a request body is now required");
            }
            return;
        }
        for (Map.Entry<String, JsonNode> media : fields(old.path("content"))) {
            JsonNode nowMedia = now.path("content").path(media.getKey());
            if (nowMedia.isMissingNode()) {
                breaking.add(where + ": request body " + media.getKey() + " no longer accepted");
                continue;
            }
            compareSchemas(
                    where + " body ",
                    media.getValue().path("schema"),
                    nowMedia.path("schema"),
                    Direction.REQUEST,
                    new HashSet<>());
        }
    }

    /** Which way data flows: a client sends requests and reads responses. */
    private enum Direction {
        REQUEST,
        RESPONSE
    }

    private void compareSchemas(
            String where, JsonNode old, JsonNode now, Direction direction, Set<String> seen) {
        String visit = where + "|" + old.path("$ref").asText() + "|" + now.path("$ref").asText();
        if (!seen.add(visit)) {
            return;
        }
        JsonNode a = resolve(before, old);
        JsonNode b = resolve(after, now);
        compareType(where, a, b);
        compareBounds(where, a, b, direction);
        compareEnums(where, a, b);
        if (a.has("items")) {
            compareSchemas(where + "[] ", a.path("items"), b.path("items"), direction, seen);
        }
        compareProperties(where, a, b, direction, seen);
    }

    private void compareType(String where, JsonNode a, JsonNode b) {
        if (a.has("type") && !a.path("type").equals(b.path("type"))) {
            breaking.add(where + "type " + a.path("type") + " became " + b.path("type"));
        }
        if (b.has("format") && !a.path("format").equals(b.path("format"))) {
            breaking.add(
                    where
                            + (a.has("format")
                                    ? "format " + a.path("format") + " became " + b.path("format")
                                    : "format " + b.path("format") + " added"));
        }
    }

    private void compareBounds(String where, JsonNode a, JsonNode b, Direction direction) {
        if (direction != Direction.REQUEST) {
            return;
        }
        for (String bound : List.of("minimum", "minLength", "minItems")) {
            if (b.has(bound)
                    && (!a.has(bound) || b.path(bound).asDouble() > a.path(bound).asDouble())) {
                breaking.add(where + bound + " raised to " + b.path(bound));
            }
        }
        for (String bound : List.of("maximum", "maxLength", "maxItems")) {
            if (b.has(bound)
                    && (!a.has(bound) || b.path(bound).asDouble() < a.path(bound).asDouble())) {
                breaking.add(where + bound + " lowered to " + b.path(bound));
            }
        }
        if (b.has("pattern") && !b.path("pattern").equals(a.path("pattern"))) {
            breaking.add(where + "pattern became " + b.path("pattern"));
        }
    }

    private void compareEnums(String where, JsonNode a, JsonNode b) {
        if (!a.has("enum")) {
            return;
        }
        Set<String> now = new HashSet<>();
        b.path("enum").forEach(v -> now.add(v.asText()));
        for (JsonNode value : a.path("enum")) {
            if (!b.has("enum") || !now.contains(value.asText())) {
                breaking.add(where + "enum value " + value + " removed");
            }
        }
    }

    private void compareProperties(
            String where, JsonNode a, JsonNode b, Direction direction, Set<String> seen) {
        Set<String> requiredBefore = names(a.path("required"));
        Set<String> requiredAfter = names(b.path("required"));
        for (Map.Entry<String, JsonNode> property : fields(a.path("properties"))) {
            String name = property.getKey();
            JsonNode match = b.path("properties").path(name);
            if (match.isMissingNode()) {
                if (!b.path("additionalProperties").asBoolean(false)) {
                    breaking.add(where + "field " + name + " removed");
                }
                continue;
            }
            if (direction == Direction.RESPONSE
                    && requiredBefore.contains(name)
                    && !requiredAfter.contains(name)) {
                breaking.add(where + "field " + name + " is no longer always present");
            }
            compareSchemas(where + name + ".", property.getValue(), match, direction, seen);
        }
        if (direction == Direction.REQUEST) {
            for (String name : requiredAfter) {
                if (!requiredBefore.contains(name)) {
                    breaking.add(where + "new required field " + name);
                }
            }
        }
    }

    private static JsonNode parameter(JsonNode parameters, JsonNode wanted) {
        for (JsonNode parameter : parameters) {
            if (parameter.path("name").equals(wanted.path("name"))
                    && parameter.path("in").equals(wanted.path("in"))) {
                return parameter;
            }
        }
        return null;
    }

    /** The schema a $ref names (within the same document), or the schema itself. */
    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current.has("$ref") && hops < 20; hops++) {
            String ref = current.path("$ref").asText();
            if (!ref.startsWith("#/")) {
                return current;
            }
            JsonNode target = document;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part.replace("~1", "/").replace("~0", "~"));
            }
            current = target;
        }
        return current;
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new HashSet<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }

    private static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            entries.add(it.next());
        }
        return entries;
    }
}
