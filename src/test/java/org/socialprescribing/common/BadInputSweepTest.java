package org.socialprescribing.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.socialprescribing.demo.DemoData;
import org.socialprescribing.testing.BadInputs;
import org.socialprescribing.testing.BadInputs.BadInput;
import org.socialprescribing.testing.OpenApiOperations;
import org.socialprescribing.testing.OpenApiOperations.Operation;
import org.socialprescribing.testing.OpenApiOperations.Parameter;
import org.socialprescribing.testing.Problems;
import org.socialprescribing.testing.RawHttp;
import org.socialprescribing.testing.RawHttp.Answer;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.TestTokens;

/**
 * Bad input, on every operation of the OpenAPI document (a new one is swept without being listed):
 * malformed JSON, the wrong JSON type for the body and for each field, huge text, control
 * characters, NUL, lone surrogates, invalid codes, UUIDs, dates and numbers, in bodies, paths,
 * query parameters and headers. Each is refused with a 4xx problem naming the field where there is
 * one, never a 5xx, and no table gains or loses a row.
 */
@QuarkusTest
class BadInputSweepTest {
    private static final List<String> PREFERRED_ROLES =
            List.of("admin", "practitioner", "gp", "commissioner", "link-worker");

    @Inject DataSource database;

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesBadInputNamingTheFieldAndStoresNothing() {
        String referral = acceptedReferral();
        OpenApiOperations document = OpenApiOperations.load();
        BadInputs inputs = new BadInputs(document);
        return document.operations().stream()
                .map(
                        operation ->
                                dynamicTest(
                                        operation.toString(),
                                        () -> sweep(operation, inputs, referral)));
    }

    private void sweep(Operation operation, BadInputs inputs, String referral) {
        String token = TestTokens.forRole(role(operation));
        Map<String, Long> before = rowCounts();
        List<Executable> checks = new ArrayList<>();
        for (BadInput input : inputs.of(operation, p -> goodPathValue(operation, p, referral))) {
            Answer response = send(operation, token, input);
            checks.add(() -> assertRefused(operation, input, response));
        }
        checks.add(() -> assertEquals(before, rowCounts(), "no table changed"));
        assertAll(operation.toString(), checks);
    }

    private static void assertRefused(Operation operation, BadInput input, Answer response) {
        int status = response.status();
        String body = response.body();
        String what = input.what() + (input.field() == null ? "" : " in " + input.field());
        String answer = " answered " + status + " " + abbreviate(body);
        if (input.status() != 0) {
            assertEquals(input.status(), status, what + answer);
        }
        assertTrue(status >= 400 && status < 500, what + answer);
        if (!input.headers().isEmpty() && status == 400 && response.contentType().isEmpty()) {
            // the HTTP server (Netty) refuses control characters in a header value itself, with a
            // bare 400 and a closed connection, before the API sees the request
            return;
        }
        if (operation.path().startsWith("/fhir/")) {
            assertOperationOutcome(input, response, what + answer);
            return;
        }
        assertEquals(
                Problems.MEDIA_TYPE, response.contentType().split(";")[0].trim(), what + answer);
        if (input.field() != null) {
            List<String> fields = JsonPath.from(body).getList("errors.field");
            assertTrue(fields != null && fields.contains(input.field()), what + answer);
        }
    }

    /** Under /fhir the same refusal is a FHIR OperationOutcome whose issue names the element. */
    private static void assertOperationOutcome(BadInput input, Answer response, String message) {
        assertEquals("application/fhir+json", response.contentType().split(";")[0].trim(), message);
        JsonPath outcome = JsonPath.from(response.body());
        assertEquals("OperationOutcome", outcome.getString("resourceType"), message);
        if (input.field() != null) {
            List<String> expressions = outcome.getList("issue.expression.flatten()");
            assertTrue(expressions != null && expressions.contains(input.field()), message);
        }
    }

    /** Bad headers go over a raw socket: REST Assured would replace their control characters. */
    private static Answer send(Operation operation, String token, BadInput input) {
        String path = operation.path();
        for (Map.Entry<String, String> value : input.path().entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        String target = path + (input.query().isEmpty() ? "" : "?" + input.query());
        if (!input.headers().isEmpty()) {
            Map<String, String> headers = new LinkedHashMap<>(input.headers());
            headers.put("Authorization", "Bearer " + token);
            return RawHttp.send(operation.method(), target, headers, input.body());
        }
        RequestSpecification request =
                given().auth().oauth2(token).urlEncodingEnabled(false).accept(operation.produces());
        if (input.body() != null) {
            request.contentType("application/json").body(input.body());
        }
        Response response = request.request(operation.method(), target);
        return new Answer(
                response.statusCode(), String.valueOf(response.contentType()), response.asString());
    }

    /** A role the operation allows, whose demo organisation owns the referral used in paths. */
    private static String role(Operation operation) {
        return PREFERRED_ROLES.stream()
                .filter(operation.roles()::contains)
                .findFirst()
                .orElse("admin");
    }

    /** Real records where the demo data has them, so a bad value is all that stands in the way. */
    private static String goodPathValue(Operation operation, Parameter parameter, String referral) {
        String path = operation.path();
        return switch (parameter.name()) {
            case "id" ->
                    path.startsWith("/api/v1/referrals/")
                            ? referral
                            : path.startsWith("/api/v1/practitioners/")
                                    ? DemoData.ACUPUNCTURIST.toString()
                                    : UUID.randomUUID().toString();
            case "code" -> path.startsWith("/api/v1/funders/") ? DemoData.ICB : "YOGA";
            case "odsCode" -> DemoData.PRACTICE_A;
            default -> UUID.randomUUID().toString();
        };
    }

    /** Sent to the acupuncturist by practice A81001 and accepted. */
    private static String acceptedReferral() {
        String id = Referrals.sentToAcupuncturist().id();
        Referrals.act(TestTokens.practitioner(DemoData.ACUPUNCTURIST), id, "accept", Map.of())
                .then()
                .statusCode(200);
        return id;
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs =
                    meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                try (ResultSet rs =
                        statement.executeQuery("select count(*) from \"" + table + "\"")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
