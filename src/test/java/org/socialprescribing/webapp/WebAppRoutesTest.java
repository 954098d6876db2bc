package org.socialprescribing.webapp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebAppRoutesTest {

    @Test
    void everyAddressOfTheAppServesItsPageSoDeepLinksCanBeOpenedAndEdited() {
        for (String path : new String[] {"/app/", "/app/worklist", "/app/referrals/123/sessions"}) {
            given().redirects()
                    .follow(false)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .contentType(containsString("text/html"))
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .body(containsString("<main"));
        }
    }

    @Test
    void theAppWithoutATrailingSlashRedirectsToIt() {
        given().redirects()
                .follow(false)
                .get("/app")
                .then()
                .statusCode(302)
                .header("Location", endsWith("/app/"));
    }

    @Test
    void theAppsScriptAndStylesAreServedFromTheAppItselfNotACdn() {
        String page = given().get("/app/").then().extract().asString();
        String script = page.replaceAll("(?s).*src=\"(/app/app-[^\"]+\\.js)\".*", "$1");
        String style = page.replaceAll("(?s).*href=\"(/app/app-[^\"]+\\.css)\".*", "$1");
        given().get(script).then().statusCode(200);
        given().get(style)
                .then()
                .statusCode(200)
                .body(not(containsString("//assets.nhs.uk")))
                .body(not(containsString("url(http")));
        org.junit.jupiter.api.Assertions.assertFalse(page.contains("http://"), page);
        org.junit.jupiter.api.Assertions.assertFalse(page.contains("https://"), page);
    }

    @Test
    void theAppLearnsItsClientFromTheServerAndNeedsNoToken() {
        given().get("/app/config.json").then().statusCode(200).body("clientId", equalTo("sp-web"));
    }

    @Test
    void aFileThatIsNotThereIsNotFoundRatherThanThePage() {
        given().get("/app/missing.js").then().statusCode(404);
    }
}
