package org.socialprescribing.fhir;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Calls to the FHIR interface in tests, and valid NHS numbers that no other test uses. */
public final class Fhir {
    public static final String JSON = "application/fhir+json";

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
