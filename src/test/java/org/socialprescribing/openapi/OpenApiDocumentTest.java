package org.socialprescribing.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document is part of the contract: the checked-in copy must be what the code
 * generates, and every operation must say what it does, who may call it and what it can answer.
 * Regenerate the copy with {@code ./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.update=true}.
 */
@QuarkusTest
class OpenApiDocumentTest {
    private static final Path CHECKED_IN = Path.of("openapi", "openapi.yaml");

    @Test
    void checkedInDocumentIsWhatTheCodeGenerates() throws IOException {
        String generated =
                given().accept("application/yaml")
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(CHECKED_IN, generated, StandardCharsets.UTF_8);
        }
        String checkedIn =
                Files.exists(CHECKED_IN)
                        ? Files.readString(CHECKED_IN, StandardCharsets.UTF_8)
                        : "";
        assertEquals(
                checkedIn,
                generated,
                "openapi/openapi.yaml is out of date: regenerate it with"
                        + " ./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.update=true");
    }

    @Test
    void everyOperationHasSummaryRolesAndErrorResponses() throws IOException {
        JsonNode document =
                new ObjectMapper()
                        .readTree(
                                given().accept("application/json")
                                        .get("/q/openapi?format=json")
                                        .then()
                                        .statusCode(200)
                                        .extract()
                                        .asString());
        List<String> problems = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
                paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields();
                    ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                operations++;
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = op.getValue();
                if (operation.path("summary").asText().isBlank()) {
                    problems.add(name + " has no summary");
                }
                if (!operation.path("description").asText().startsWith("Roles: ")) {
                    problems.add(name + " does not name its roles");
                }
                JsonNode responses = operation.path("responses");
                for (String status : List.of("401", "403", "500")) {
                    if (!responses.has(status)) {
                        problems.add(name + " does not document " + status);
                    }
                }
                if (!responses.has("200") && !responses.has("201")) {
                    problems.add(name + " documents no success response");
                }
                responses
                        .fields()
                        .forEachRemaining(
                                response -> {
                                    String errorType =
                                            path.getKey().startsWith("/fhir/")
                                                    ? "application/fhir+json"
                                                    : "application/problem+json";
                                    if (response.getKey().matches("[45]\\d\\d")
                                            && !response.getValue()
                                                    .path("content")
                                                    .has(errorType)) {
                                        problems.add(
                                                name
                                                        + " "
                                                        + response.getKey()
                                                        + " is not "
                                                        + errorType);
                                    }
                                });
            }
        }
        assertTrue(operations >= 20, "expected the API's operations, found " + operations);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(
                document.path("components").path("schemas").has("Problem"),
                "Problem schema is published");
        assertTrue(
                document.path("components").path("schemas").has("OperationOutcome"),
                "the FHIR interface's OperationOutcome schema is published");
    }
}
