package org.socialprescribing.e2e.browser;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged application under test listens on a random port, which the realm's web client cannot
 * know: the realm export allows only http://localhost:8080, as a real client allows only its own
 * address. So the test adds its own address to the client through Keycloak's admin API, as the
 * build's temporary admin service account (KC_BOOTSTRAP_ADMIN_CLIENT_ID, set only for the Keycloak
 * the end-to-end tests start).
 */
final class WebClientRedirects {
    private static final String KEYCLOAK =
            System.getProperty("sp.keycloak.url", "http://127.0.0.1:8180");
    private static final String CLIENT_ID = "sp-web";

    private WebClientRedirects() {}

    /** Lets the web client log in and refresh tokens from the given origin (http://host:port). */
    @SuppressWarnings("unchecked")
    static void allow(String origin) {
        String admin = adminToken();
        String clients = KEYCLOAK + "/admin/realms/social-prescribing/clients";
        List<Map<String, Object>> found =
                given().auth()
                        .oauth2(admin)
                        .queryParam("clientId", CLIENT_ID)
                        .get(clients)
                        .then()
                        .statusCode(200)
                        .extract()
                        .as(List.class);
        Map<String, Object> client = found.get(0);
        client.put(
                "redirectUris", with((List<String>) client.get("redirectUris"), origin + "/app/*"));
        client.put("webOrigins", with((List<String>) client.get("webOrigins"), origin));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(client)
                .put(clients + "/" + client.get("id"))
                .then()
                .statusCode(204);
    }

    private static List<String> with(List<String> values, String value) {
        List<String> result = new ArrayList<>(values == null ? List.of() : values);
        if (!result.contains(value)) {
            result.add(value);
        }
        return result;
    }

    private static String adminToken() {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", System.getProperty("sp.keycloak.admin-client-id"))
                .formParam("client_secret", System.getProperty("sp.keycloak.admin-client-secret"))
                .post(KEYCLOAK + "/realms/master/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }
}
