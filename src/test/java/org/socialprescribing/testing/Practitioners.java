package org.socialprescribing.testing;

import static org.socialprescribing.testing.Api.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Practitioners made for one test through the admin API, so tests do not share them. */
public final class Practitioners {
    private Practitioners() {}

    public static UUID regulated(String therapyCode) {
        return create(
                therapyCode,
                Map.of(
                        "register",
                        "GOSC",
                        "number",
                        "T-" + UUID.randomUUID().toString().substring(0, 8),
                        "expiresOn",
                        LocalDate.now().plusYears(1).toString(),
                        "verifiedOn",
                        LocalDate.now().toString()));
    }

    public static UUID create(String therapyCode, Map<String, Object> registration) {
        Map<String, Object> body =
                Map.of(
                        "displayName",
                        "Test practitioner " + UUID.randomUUID().toString().substring(0, 8),
                        "acceptingReferrals",
                        true,
                        "therapyCodes",
                        List.of(therapyCode),
                        "registrations",
                        List.of(registration));
        String id =
                as(TestTokens.admin())
                        .body(body)
                        .post("/api/v1/practitioners")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        return UUID.fromString(id);
    }
}
