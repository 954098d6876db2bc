package org.socialprescribing.testing;

import static org.socialprescribing.testing.Api.as;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Therapy and GP practice bodies for the directory, and shortcuts that add them as admin. */
public final class Directory {
    public static final String THERAPIES = "/api/v1/therapies";
    public static final String PRACTICES = "/api/v1/practices";

    private Directory() {}

    /** An exercise-based therapy assured by the CNHC; change it with put(). */
    public static Map<String, Object> therapy(String code, String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("category", "EXERCISE_BASED");
        body.put("summary", "Slow movement and breathing, in group classes.");
        body.put(
                "evidenceSummary",
                "Small trials suggest benefit for balance; evidence is limited.");
        body.put("niceGuidance", null);
        body.put("snomedCode", null);
        body.put("assuringRegisters", List.of("CNHC"));
        return body;
    }

    /** A therapy code no other test uses: upper-case letters and underscores only. */
    public static String uniqueTherapyCode(String prefix) {
        StringBuilder code = new StringBuilder(prefix).append('_');
        for (int i = 0; i < 8; i++) {
            code.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return code.toString();
    }

    /** Adds a therapy of its own to the catalogue; returns its code. */
    public static String createTherapy(String prefix) {
        String code = uniqueTherapyCode(prefix);
        as(TestTokens.admin())
                .body(therapy(code, "Test " + prefix))
                .post(THERAPIES)
                .then()
                .statusCode(201);
        return code;
    }

    /** A practice of the given network and ICB; change it with put(). */
    public static Map<String, Object> practice(String ods, String name, String pcn, String icb) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("odsCode", ods);
        body.put("name", name);
        body.put("pcnCode", pcn);
        body.put("icbCode", icb);
        body.put("postcode", "NE3 1AA");
        return body;
    }

    /** An ODS code no other test uses. */
    public static String uniqueOds() {
        return "T" + (10_000_000 + ThreadLocalRandom.current().nextInt(90_000_000));
    }
}
