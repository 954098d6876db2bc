package org.socialprescribing.testing;

import static org.hamcrest.Matchers.startsWith;
import static org.socialprescribing.testing.Api.as;

import io.restassured.RestAssured;
import java.util.List;
import java.util.UUID;

/**
 * Small hand-built areas for report tests: each test makes its own ICB and practices (and funders),
 * so every figure it reads can be checked against a hand count.
 */
public final class Reports {
    private Reports() {}

    public static String newIcb() {
        return "Q" + code();
    }

    public static String newPractice(String icb) {
        String ods = "R" + code();
        as(TestTokens.admin())
                .body(Directory.practice(ods, "Report Surgery", "U9" + ods.substring(1, 5), icb))
                .post(Directory.PRACTICES)
                .then()
                .statusCode(201);
        return ods;
    }

    /** A new funder of the given type (ICB, CHARITY...); returns its code. */
    public static String newFunder(String type) {
        String code = "F" + code();
        as(TestTokens.admin())
                .body(Funding.funder(code, "Report funder " + code, type))
                .post("/api/v1/funders")
                .then()
                .statusCode(201);
        return code;
    }

    /** A report as CSV: the table's lines, and the headers that say what the report is. */
    public record CsvReport(List<String> lines, io.restassured.http.Headers headers) {
        public String header(String name) {
            return headers.getValue(name);
        }
    }

    /** The report at {@code path} (e.g. /api/v1/reports/outcomes) as CSV, from path.csv. */
    public static CsvReport csv(String token, String path) {
        var response =
                RestAssured.given()
                        .auth()
                        .oauth2(token)
                        .accept("text/csv")
                        .get(path + ".csv")
                        .then()
                        .statusCode(200)
                        .contentType(startsWith("text/csv"))
                        .header("Content-Disposition", startsWith("attachment; filename="))
                        .extract();
        return new CsvReport(List.of(response.asString().split("\n")), response.headers());
    }

    /** PHQ-9 answers totalling {@code total} (0 to 24), with item 9 (self-harm) at 0. */
    public static List<Integer> phq9(int total) {
        Integer[] answers = new Integer[9];
        int left = total;
        for (int i = 0; i < 9; i++) {
            answers[i] = i == 8 ? 0 : Math.min(3, left);
            left -= answers[i];
        }
        if (left != 0) {
            throw new IllegalArgumentException("PHQ-9 totals up to 24 here, not " + total);
        }
        return List.of(answers);
    }

    private static String code() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
    }
}
