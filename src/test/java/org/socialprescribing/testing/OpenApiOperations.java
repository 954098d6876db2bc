package org.socialprescribing.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The operations of the checked-in {@code openapi/openapi.yaml}, with their parameters and request
 * body schemas resolved, so that a test can be driven from the contract and covers a new operation
 * without being told.
 */
public final class OpenApiOperations {
    private static final Path DOCUMENT = Path.of("openapi", "openapi.yaml");
    private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete");

    private final JsonNode document;

    private OpenApiOperations(JsonNode document) {
        this.document = document;
    }

    public static OpenApiOperations load() {
        try {
            return new OpenApiOperations(
                    new ObjectMapper(new YAMLFactory()).readTree(DOCUMENT.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DOCUMENT.toAbsolutePath(), e);
        }
    }

    /** One operation: "POST /api/v1/referrals" and what it takes. */
    public record Operation(
            String method,
            String path,
            List<String> roles,
            List<Parameter> parameters,
            JsonNode body,
            String produces) {

        @Override
        public String toString() {
            return method + " " + path;
        }

        public List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }
    }

    /** A path, query or header parameter with its resolved schema. */
    public record Parameter(String name, String in, JsonNode schema) {}

    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
                paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (!operation.isMissingNode()) {
                    operations.add(operation(method.toUpperCase(), path.getKey(), operation));
                }
            }
        }
        return operations;
    }

    private Operation operation(String method, String path, JsonNode operation) {
        List<String> roles = new ArrayList<>();
        operation.path("x-roles").forEach(role -> roles.add(role.asText()));
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            parameters.add(
                    new Parameter(
                            parameter.path("name").asText(),
                            parameter.path("in").asText(),
                            resolve(parameter.path("schema"))));
        }
        JsonNode body = operation.path("requestBody").path("content").path("application/json");
        return new Operation(
                method,
                path,
                roles,
                parameters,
                body.isMissingNode() ? null : resolve(body.path("schema")),
                produces(operation.path("responses")));
    }

    /** The media type of the first success response, to ask for in Accept. */
    private static String produces(JsonNode responses) {
        for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> response = it.next();
            Iterator<String> types = response.getValue().path("content").fieldNames();
            if (response.getKey().startsWith("2") && types.hasNext()) {
                return types.next();
            }
        }
        return "application/json";
    }

    /**
     * The schema with its {@code $ref} followed and a single {@code allOf} merged in (the form
     * SmallRye gives a documented reference), so a walker sees type, format, enum and properties.
     */
    public JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            String name = resolved.get("$ref").asText().replace("#/components/schemas/", "");
            resolved = document.path("components").path("schemas").path(name);
        }
        JsonNode allOf = resolved.path("allOf");
        if (allOf.isArray() && allOf.size() == 1) {
            ObjectNode merged = resolve(allOf.get(0)).deepCopy();
            resolved.fields()
                    .forEachRemaining(
                            field -> {
                                if (!field.getKey().equals("allOf")) {
                                    merged.set(field.getKey(), field.getValue());
                                }
                            });
            return merged;
        }
        return resolved;
    }
}
