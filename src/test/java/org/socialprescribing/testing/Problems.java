package org.socialprescribing.testing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * The one error shape, asserted in one place: every error is RFC 9457 problem+json with a stable
 * type, a title, the status again in the body, the short code, and a detail that names no class.
 */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:social-prescribing:problem:";

    private Problems() {}

    /** Asserts the problem's shape; returns the response for the fields a test adds. */
    public static ValidatableResponse assertProblem(Response response, int status, String code) {
        ValidatableResponse then =
                response.then()
                        .statusCode(status)
                        .contentType(MEDIA_TYPE)
                        .body("type", equalTo(TYPE_PREFIX + code))
                        .body("title", notNullValue())
                        .body("status", equalTo(status))
                        .body("code", equalTo(code))
                        .body("detail", notNullValue())
                        .body("detail", not(containsString("Exception")))
                        .body("detail", not(containsString("org.")));
        assertEquals(
                MEDIA_TYPE,
                response.contentType().split(";")[0].trim(),
                "the media type is exactly problem+json");
        return then;
    }
}
