package org.socialprescribing.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Calls to the FHIR interface in tests, and valid NHS numbers that no other test uses. */
public final class Fhir {
    public static final String JSON = "application/fhir+json";

    private static final String BARS_ERROR_CODES =
            "https://fhir.nhs.uk/Codesystem/http-error-codes";

    /** BaRS's receiver error code for each status (as its OpenAPI document lists them). */
    private static final Map<Integer, String> BARS_CODES =
            Map.ofEntries(
                    Map.entry(400, "REC_BAD_REQUEST"),
                    Map.entry(401, "REC_UNAUTHORIZED"),
                    Map.entry(403, "REC_FORBIDDEN"),
                    Map.entry(404, "REC_NOT_FOUND"),
                    Map.entry(406, "REC_NOT_ACCEPTABLE"),
                    Map.entry(409, "REC_CONFLICT"),
                    Map.entry(413, "REC_BAD_REQUEST"),
                    Map.entry(415, "REC_BAD_REQUEST"),
                    Map.entry(422, "REC_UNPROCESSABLE_ENTITY"));

    private Fhir() {}

    public static RequestSpecification as(String token) {
        RequestSpecification request = given().accept(JSON);
        return token == null ? request : request.auth().oauth2(token);
    }

    /** Sends a message with fresh request and correlation ids. */
    public static Response send(String token, String message) {
        return send(token, message, UUID.randomUUID().toString(), UUID.randomUUID().toString());
    }

    public static Response send(
            String token, String message, String requestId, String correlationId) {
        RequestSpecification request =
                as(token).contentType(JSON + "; charset=UTF-8").body(message);
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        if (correlationId != null) {
            request.header("X-Correlation-Id", correlationId);
        }
        // FHIR clients write the operation's "$" as it is; RestAssured would percent-encode it.
        return request.urlEncodingEnabled(false).post("/fhir/$process-message");
    }

    /**
     * The one error shape under /fhir, asserted in one place: a FHIR OperationOutcome whose first
     * issue is an error of the given FHIR issue type carrying the BaRS receiver code for the
     * status, with a diagnostic that names no class.
     */
    public static ValidatableResponse assertOutcome(Response response, int status, String issue) {
        ValidatableResponse then =
                response.then()
                        .statusCode(status)
                        .contentType(startsWith(JSON))
                        .body("resourceType", equalTo("OperationOutcome"))
                        .body("issue[0].severity", equalTo("error"))
                        .body("issue[0].code", equalTo(issue))
                        .body("issue[0].details.coding[0].system", equalTo(BARS_ERROR_CODES))
                        .body("issue[0].details.coding[0].code", equalTo(BARS_CODES.get(status)))
                        .body("issue[0].diagnostics", notNullValue())
                        .body("issue[0].diagnostics", not(containsString("Exception")))
                        .body("issue[0].diagnostics", not(containsString("org.")));
        return then;
    }

    /** A random NHS number with a correct modulus-11 check digit. */
    public static String nhsNumber() {
        while (true) {
            StringBuilder digits = new StringBuilder();
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                int digit = ThreadLocalRandom.current().nextInt(i == 0 ? 1 : 0, 10);
                digits.append(digit);
                sum += digit * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return digits.append(check).toString();
            }
        }
    }
}
