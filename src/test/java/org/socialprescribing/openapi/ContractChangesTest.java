package org.socialprescribing.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the compatibility check calls breaking, on a small document changed one way at a time. */
class ContractChangesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String DOCUMENT =
            """
            {"openapi": "3.0.3", "info": {"version": "1.0.0"},
             "paths": {"/things/{id}": {
               "get": {"operationId": "getThing",
                 "parameters": [{"name": "id", "in": "path", "required": true,
                                 "schema": {"type": "string", "format": "uuid"}},
                                {"name": "limit", "in": "query",
                                 "schema": {"type": "integer", "minimum": 1, "maximum": 100}}],
                 "responses": {"200": {"content": {"application/json":
                   {"schema": {"$ref": "#/components/schemas/Thing"}}}}}},
               "post": {"operationId": "changeThing",
                 "requestBody": {"content": {"application/json":
                   {"schema": {"$ref": "#/components/schemas/Change"}}}},
                 "responses": {"200": {"content": {"application/json":
                   {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}}},
             "components": {"schemas": {
               "Thing": {"type": "object", "required": ["id", "status"],
                 "properties": {"id": {"type": "string"},
                                "status": {"type": "string", "enum": ["OPEN", "SHUT"]},
                                "note": {"type": "string"}}},
               "Change": {"type": "object", "required": ["status"],
                 "properties": {"status": {"type": "string"},
                                "comment": {"type": "string", "maxLength": 200}}}}}}
            """;

    @Test
    void anUnchangedDocumentBreaksNothing() {
        assertEquals(List.of(), ContractChanges.breaking(document(), document()));
    }

    @Test
    void addingAnOptionalFieldOrOperationBreaksNothing() {
        ObjectNode after = document();
        thing(after).with("properties").putObject("extra").put("type", "string");
        after.with("paths").putObject("/others").putObject("get").put("operationId", "others");
        assertEquals(List.of(), ContractChanges.breaking(document(), after));
    }

    @Test
    void removingAnOperationBreaks() {
        ObjectNode after = document();
        ((ObjectNode) after.path("paths").path("/things/{id}")).remove("post");
        assertBreaks(after, "POST /things/{id}: operation removed");
    }

    @Test
    void removingAResponseFieldBreaks() {
        ObjectNode after = document();
        ((ObjectNode) thing(after).path("properties")).remove("note");
        assertBreaks(after, "field note removed");
    }

    @Test
    void removingAnEnumValueBreaks() {
        ObjectNode after = document();
        ArrayNode values = JSON.createArrayNode().add("OPEN");
        ((ObjectNode) thing(after).path("properties").path("status")).set("enum", values);
        assertBreaks(after, "enum value \"SHUT\" removed");
    }

    @Test
    void narrowingATypeBreaks() {
        ObjectNode after = document();
        ((ObjectNode) thing(after).path("properties").path("id")).put("format", "uuid");
        assertBreaks(after, "id.format \"uuid\" added");
    }

    @Test
    void tighteningARequestBoundBreaks() {
        ObjectNode after = document();
        ((ObjectNode) change(after).path("properties").path("comment")).put("maxLength", 100);
        assertBreaks(after, "maxLength lowered to 100");
    }

    @Test
    void aNewRequiredRequestFieldBreaks() {
        ObjectNode after = document();
        change(after).with("properties").putObject("reason").put("type", "string");
        ((ArrayNode) change(after).path("required")).add("reason");
        assertBreaks(after, "new required field reason");
    }

    @Test
    void aResponseFieldNoLongerAlwaysPresentBreaks() {
        ObjectNode after = document();
        ((ArrayNode) thing(after).path("required")).remove(1);
        assertBreaks(after, "field status is no longer always present");
    }

    @Test
    void aNewRequiredParameterBreaks() {
        ObjectNode after = document();
        ((ArrayNode) after.path("paths").path("/things/{id}").path("get").path("parameters"))
                .addObject()
                .put("name", "since")
                .put("in", "query")
                .put("required", true);
        assertBreaks(after, "new required query parameter \"since\"");
    }

    @Test
    void renamingAnOperationBreaks() {
        ObjectNode after = document();
        ((ObjectNode) after.path("paths").path("/things/{id}").path("get"))
                .put("operationId", "readThing");
        assertBreaks(after, "GET /things/{id}: operationId changed");
    }

    private static void assertBreaks(JsonNode after, String expected) {
        List<String> breaking = ContractChanges.breaking(document(), after);
        assertTrue(
                breaking.stream().anyMatch(line -> line.contains(expected)),
                "expected a line with <" + expected + "> in " + breaking);
    }

    private static ObjectNode thing(ObjectNode document) {
        return (ObjectNode) document.path("components").path("schemas").path("Thing");
    }

    private static ObjectNode change(ObjectNode document) {
        return (ObjectNode) document.path("components").path("schemas").path("Change");
    }

    private static ObjectNode document() {
        try {
            return (ObjectNode) JSON.readTree(DOCUMENT);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
