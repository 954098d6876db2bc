package org.socialprescribing.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests as a given caller. */
public final class Api {
    private Api() {}

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
