package org.socialprescribing.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialprescribing.e2e.Principal.GP_B82002;
import static org.socialprescribing.e2e.Principal.PRACTITIONER_LAPSED;
import static org.socialprescribing.e2e.Principal.PRACTITIONER_OSTEO;
import static org.socialprescribing.e2e.Principal.PRACTITIONER_YOGA;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.socialprescribing.fhir.BarsMessages;
import org.socialprescribing.fhir.Fhir;
import org.socialprescribing.testing.Api;
import org.socialprescribing.testing.Funding;
import org.socialprescribing.testing.Problems;
import org.socialprescribing.testing.Treatment;

/**
 * The authorisation policy as one table: every operation of the OpenAPI document, called by every
 * principal with a real Keycloak token (or a bad one) against the packaged application. A new
 * endpoint without its row fails {@link #theTableCoversEveryOperationInTheOpenApiDocument}.
 */
@QuarkusIntegrationTest
class AuthorisationMatrixIT {
    private static final Set<String> EVERY_ROLE =
            Set.of("gp", "link-worker", "practitioner", "commissioner", "admin");
    private static final Set<String> ADMIN = Set.of("admin");
    private static final Set<String> REFERRERS = Set.of("gp", "link-worker");
    private static final Set<String> REFERRAL_READERS =
            Set.of("gp", "link-worker", "practitioner", "admin");
    private static final Set<String> PRACTITIONERS = Set.of("practitioner");
    private static final AtomicInteger CELLS = new AtomicInteger();
    private static final String FHIR_JSON = "application/fhir+json";

    /** Under /fhir a refusal is an OperationOutcome: each problem code's FHIR issue type. */
    private static final Map<String, String> FHIR_ISSUES =
            Map.of(
                    "unauthenticated", "login",
                    "not-found", "not-found",
                    "organisation-claim-missing", "security",
                    "forbidden", "forbidden");

    /** One operation: who may call it, what success is, and how the record rules answer others. */
    private record Row(
            String operation,
            Set<String> roles,
            int success,
            Map<Principal, Integer> otherwise,
            Function<RequestSpecification, Response> call) {

        int expectedFor(Principal principal) {
            if (principal.role() == null) {
                return principal.refusal();
            }
            if (!roles.contains(principal.role())) {
                return 403;
            }
            return otherwise.getOrDefault(principal, success);
        }
    }

    private static Row row(
            String operation,
            Set<String> roles,
            int success,
            Function<RequestSpecification, Response> call) {
        return new Row(operation, roles, success, Map.of(), call);
    }

    /** A referral of practice A81001: other practices' GPs and other practitioners get 404. */
    private static Row referralRow(
            String operation,
            Set<String> roles,
            int success,
            Function<RequestSpecification, Response> call) {
        Map<Principal, Integer> notTheirs = new EnumMap<>(Principal.class);
        notTheirs.put(GP_B82002, 404);
        notTheirs.put(PRACTITIONER_YOGA, 404);
        notTheirs.put(PRACTITIONER_OSTEO, 404);
        notTheirs.put(PRACTITIONER_LAPSED, 404);
        return new Row(operation, roles, success, notTheirs, call);
    }

    /** A FHIR call: FHIR JSON both ways, and the operation's "$" sent as it is. */
    private static RequestSpecification fhir(RequestSpecification s) {
        return s.contentType(FHIR_JSON + "; charset=UTF-8")
                .accept(FHIR_JSON)
                .urlEncodingEnabled(false);
    }

    private static Response action(
            RequestSpecification s, String id, String action, Map<String, Object> body) {
        return s.header("If-Match", "*").body(body).post("/api/v1/referrals/" + id + "/" + action);
    }

    private static final Row[] TABLE = {
        row("GET /api/v1/therapies", EVERY_ROLE, 200, s -> s.get("/api/v1/therapies")),
        row("GET /api/v1/therapies/{code}", EVERY_ROLE, 200, s -> s.get("/api/v1/therapies/YOGA")),
        row(
                "POST /api/v1/therapies",
                ADMIN,
                201,
                s -> s.body(Fixtures.therapy(Fixtures.therapyCode())).post("/api/v1/therapies")),
        row(
                "PUT /api/v1/therapies/{code}",
                ADMIN,
                200,
                s -> {
                    String code = Fixtures.newTherapy();
                    return s.body(Fixtures.therapy(code)).put("/api/v1/therapies/" + code);
                }),
        row("GET /api/v1/registers", EVERY_ROLE, 200, s -> s.get("/api/v1/registers")),
        row("GET /api/v1/practices", EVERY_ROLE, 200, s -> s.get("/api/v1/practices")),
        row(
                "GET /api/v1/practices/{odsCode}",
                EVERY_ROLE,
                200,
                s -> s.get("/api/v1/practices/A81001")),
        row(
                "POST /api/v1/practices",
                ADMIN,
                201,
                s -> s.body(Fixtures.practice(Fixtures.odsCode())).post("/api/v1/practices")),
        row(
                "PUT /api/v1/practices/{odsCode}",
                ADMIN,
                200,
                s -> {
                    String ods = Fixtures.newPractice();
                    return s.body(Fixtures.practice(ods)).put("/api/v1/practices/" + ods);
                }),
        row(
                "GET /api/v1/practitioners",
                EVERY_ROLE,
                200,
                s -> s.get("/api/v1/practitioners?therapy=YOGA")),
        row(
                "GET /api/v1/practitioners/{id}",
                EVERY_ROLE,
                200,
                s -> s.get("/api/v1/practitioners/" + Fixtures.ACUPUNCTURIST)),
        row(
                "POST /api/v1/practitioners",
                ADMIN,
                201,
                s -> s.body(Fixtures.practitioner()).post("/api/v1/practitioners")),
        row(
                "PUT /api/v1/practitioners/{id}",
                ADMIN,
                200,
                s -> {
                    String id = Fixtures.newPractitioner();
                    return s.body(Fixtures.practitioner()).put("/api/v1/practitioners/" + id);
                }),
        new Row(
                "POST /api/v1/referrals",
                Set.of("gp", "link-worker", "practitioner"),
                201,
                // a practitioner records only the other routes in, never a GP's referral
                Map.of(
                        GP_B82002,
                        403,
                        Principal.PRACTITIONER_ACU,
                        403,
                        PRACTITIONER_YOGA,
                        403,
                        PRACTITIONER_OSTEO,
                        403,
                        PRACTITIONER_LAPSED,
                        403),
                s ->
                        s.header("Idempotency-Key", UUID.randomUUID().toString())
                                .body(Fixtures.toAcupuncturist())
                                .post("/api/v1/referrals")),
        row(
                "GET /api/v1/referrals",
                REFERRAL_READERS,
                200,
                s -> s.get("/api/v1/referrals?limit=5")),
        referralRow(
                "GET /api/v1/referrals/{id}",
                REFERRAL_READERS,
                200,
                s -> s.get("/api/v1/referrals/" + Fixtures.sentToAcupuncturist())),
        referralRow(
                "GET /api/v1/referrals/{id}/history",
                REFERRAL_READERS,
                200,
                s -> s.get("/api/v1/referrals/" + Fixtures.sentToAcupuncturist() + "/history")),
        referralRow(
                "POST /api/v1/referrals/{id}/assign",
                REFERRERS,
                200,
                s ->
                        action(
                                s,
                                Fixtures.awaitingTriage(),
                                "assign",
                                Map.of("practitionerId", Fixtures.YOGA_TEACHER))),
        referralRow(
                "POST /api/v1/referrals/{id}/accept",
                PRACTITIONERS,
                200,
                s -> action(s, Fixtures.sentToAcupuncturist(), "accept", Map.of())),
        referralRow(
                "POST /api/v1/referrals/{id}/decline",
                PRACTITIONERS,
                200,
                s ->
                        action(
                                s,
                                Fixtures.sentToAcupuncturist(),
                                "decline",
                                Map.of("reasonCode", "NO_CAPACITY"))),
        referralRow(
                "POST /api/v1/referrals/{id}/cancel",
                REFERRERS,
                200,
                s ->
                        action(
                                s,
                                Fixtures.sentToAcupuncturist(),
                                "cancel",
                                Map.of("reason", "No longer needed"))),
        row("GET /api/v1/audit", ADMIN, 200, s -> s.get("/api/v1/audit?limit=5")),
        referralRow(
                "GET /api/v1/referrals/{id}/sessions",
                REFERRAL_READERS,
                200,
                s -> s.get("/api/v1/referrals/" + Fixtures.sentToAcupuncturist() + "/sessions")),
        referralRow(
                "POST /api/v1/referrals/{id}/sessions",
                PRACTITIONERS,
                201,
                s -> {
                    String id = Fixtures.acceptedByAcupuncturist();
                    return s.body(Treatment.session(Instant.parse("2030-01-01T10:00:00Z")))
                            .post("/api/v1/referrals/" + id + "/sessions");
                }),
        referralRow(
                "POST /api/v1/referrals/{id}/sessions/{sessionId}/attendance",
                PRACTITIONERS,
                200,
                s -> {
                    String id = Fixtures.acceptedByAcupuncturist();
                    String session = Fixtures.pastSession(id);
                    return s.body(Treatment.attendance("ATTENDED"))
                            .post(
                                    "/api/v1/referrals/"
                                            + id
                                            + "/sessions/"
                                            + session
                                            + "/attendance");
                }),
        referralRow(
                "GET /api/v1/referrals/{id}/outcomes",
                REFERRAL_READERS,
                200,
                s -> s.get("/api/v1/referrals/" + Fixtures.sentToAcupuncturist() + "/outcomes")),
        referralRow(
                "POST /api/v1/referrals/{id}/outcomes",
                PRACTITIONERS,
                201,
                s ->
                        s.body(Fixtures.outcome())
                                .post(
                                        "/api/v1/referrals/"
                                                + Fixtures.acceptedByAcupuncturist()
                                                + "/outcomes")),
        referralRow(
                "GET /api/v1/referrals/{id}/evidence",
                REFERRAL_READERS,
                200,
                s -> s.get("/api/v1/referrals/" + Fixtures.sentToAcupuncturist() + "/evidence")),
        referralRow(
                "PUT /api/v1/referrals/{id}/evidence/experience",
                PRACTITIONERS,
                200,
                s ->
                        s.body(Map.of("answer", "GOOD"))
                                .put(
                                        "/api/v1/referrals/"
                                                + Fixtures.inTreatmentWithAcupuncturist()
                                                + "/evidence/experience")),
        referralRow(
                "PUT /api/v1/referrals/{id}/evidence/work-status",
                PRACTITIONERS,
                200,
                s ->
                        s.body(Map.of("baseline", "OFF_SICK"))
                                .put(
                                        "/api/v1/referrals/"
                                                + Fixtures.acceptedByAcupuncturist()
                                                + "/evidence/work-status")),
        referralRow(
                "PUT /api/v1/referrals/{id}/evidence/gp-appointments",
                Set.of("gp"),
                200,
                s ->
                        s.body(Map.of("beforeReferral", 3))
                                .put(
                                        "/api/v1/referrals/"
                                                + Fixtures.sentToAcupuncturist()
                                                + "/evidence/gp-appointments")),
        referralRow(
                "GET /api/v1/referrals/{id}/safety-alerts",
                REFERRAL_READERS,
                200,
                s ->
                        s.get(
                                "/api/v1/referrals/"
                                        + Fixtures.sentToAcupuncturist()
                                        + "/safety-alerts")),
        referralRow(
                "POST /api/v1/referrals/{id}/safety-alerts",
                PRACTITIONERS,
                201,
                s ->
                        s.body(Fixtures.safetyAlert())
                                .post(
                                        "/api/v1/referrals/"
                                                + Fixtures.sentToAcupuncturist()
                                                + "/safety-alerts")),
        referralRow(
                "POST /api/v1/referrals/{id}/letter",
                PRACTITIONERS,
                201,
                s ->
                        s.body(Fixtures.letter())
                                .post(
                                        "/api/v1/referrals/"
                                                + Fixtures.acceptedByAcupuncturist()
                                                + "/letter")),
        referralRow(
                "GET /api/v1/referrals/{id}/letter",
                REFERRAL_READERS,
                200,
                s -> s.get("/api/v1/referrals/" + Fixtures.completedCourse() + "/letter")),
        referralRow(
                "GET /api/v1/referrals/{id}/letter.pdf",
                REFERRAL_READERS,
                200,
                s ->
                        s.accept("application/pdf")
                                .get(
                                        "/api/v1/referrals/"
                                                + Fixtures.completedCourse()
                                                + "/letter.pdf")),
        referralRow(
                "POST /api/v1/referrals/{id}/letter/send",
                PRACTITIONERS,
                200,
                s -> s.post("/api/v1/referrals/" + Fixtures.withDraftLetter() + "/letter/send")),
        row("GET /api/v1/inbox", Set.of("gp"), 200, s -> s.get("/api/v1/inbox?size=5")),
        new Row(
                "POST /api/v1/inbox/{itemId}/acknowledge",
                Set.of("gp"),
                200,
                Map.of(GP_B82002, 404),
                s -> s.post("/api/v1/inbox/" + Fixtures.inboxItem() + "/acknowledge")),
        row("GET /api/v1/events", REFERRAL_READERS, 200, s -> s.get("/api/v1/events?limit=5")),
        row(
                "GET /api/v1/reports/activity",
                Set.of("commissioner", "admin"),
                200,
                s -> s.get("/api/v1/reports/activity?groupBy=THERAPY,MONTH")),
        row(
                "GET /api/v1/reports/activity.csv",
                Set.of("commissioner", "admin"),
                200,
                s ->
                        s.accept("text/csv")
                                .get("/api/v1/reports/activity.csv?groupBy=THERAPY,MONTH")),
        row(
                "GET /api/v1/reports/outcomes",
                Set.of("commissioner", "admin"),
                200,
                s -> s.get("/api/v1/reports/outcomes?from=2025-01-01")),
        row(
                "GET /api/v1/reports/outcomes.csv",
                Set.of("commissioner", "admin"),
                200,
                s -> s.accept("text/csv").get("/api/v1/reports/outcomes.csv?from=2025-01-01")),
        row(
                "GET /api/v1/reports/spend",
                Set.of("commissioner", "admin"),
                200,
                s -> s.get("/api/v1/reports/spend?from=2025-01-01")),
        row(
                "GET /api/v1/reports/spend.csv",
                Set.of("commissioner", "admin"),
                200,
                s -> s.accept("text/csv").get("/api/v1/reports/spend.csv?from=2025-01-01")),
        row(
                "GET /api/v1/reports/value",
                Set.of("commissioner", "admin"),
                200,
                s -> s.get("/api/v1/reports/value?from=2025-01-01&appointmentUnitCostPence=3600")),
        row(
                "GET /api/v1/reports/value.csv",
                Set.of("commissioner", "admin"),
                200,
                s -> s.accept("text/csv").get("/api/v1/reports/value.csv?from=2025-01-01")),
        row("GET /api/v1/funders", EVERY_ROLE, 200, s -> s.get("/api/v1/funders?q=ccg")),
        row("GET /api/v1/funders/{code}", EVERY_ROLE, 200, s -> s.get("/api/v1/funders/QHM")),
        row(
                "POST /api/v1/funders",
                ADMIN,
                201,
                s -> s.body(Fixtures.funder()).post("/api/v1/funders")),
        new Row(
                "GET /api/v1/funders/{code}/statement",
                Set.of("commissioner", "admin"),
                200,
                Map.of(Principal.COMMISSIONER_CHARITY, 403),
                s -> s.get("/api/v1/funders/QHM/statement")),
        row(
                "GET /api/v1/funding-schemes",
                EVERY_ROLE,
                200,
                s -> s.get("/api/v1/funding-schemes?funder=QHM")),
        row(
                "GET /api/v1/funding-schemes/{id}",
                EVERY_ROLE,
                200,
                s -> s.get("/api/v1/funding-schemes/" + Fixtures.newScheme("QHM", "COMMISSIONED"))),
        new Row(
                "POST /api/v1/funding-schemes",
                Set.of("commissioner", "admin"),
                201,
                Map.of(Principal.COMMISSIONER_CHARITY, 403),
                s ->
                        s.body(Fixtures.scheme("QHM", "COMMISSIONED"))
                                .post("/api/v1/funding-schemes")),
        referralRow(
                "POST /api/v1/referrals/{id}/funding",
                Set.of("gp", "link-worker", "practitioner"),
                201,
                s ->
                        s.body(Funding.request(Fixtures.newScheme("QHM", "COMMISSIONED")))
                                .post(
                                        "/api/v1/referrals/"
                                                + Fixtures.sentToAcupuncturist()
                                                + "/funding")),
        referralRow(
                "GET /api/v1/referrals/{id}/funding",
                REFERRAL_READERS,
                200,
                s -> {
                    String id = Fixtures.sentToAcupuncturist();
                    Fixtures.fundedPlan(id, "QHM", "COMMISSIONED");
                    return s.get("/api/v1/referrals/" + id + "/funding");
                }),
        row(
                "GET /api/v1/funding-requests",
                Set.of("commissioner", "admin"),
                200,
                s -> s.get("/api/v1/funding-requests")),
        new Row(
                "POST /api/v1/funding-requests/{planId}/approve",
                Set.of("commissioner", "admin"),
                200,
                Map.of(Principal.COMMISSIONER_CHARITY, 404),
                s -> {
                    String plan =
                            Fixtures.fundedPlan(
                                    Fixtures.sentToAcupuncturist(), "QHM", "PRIOR_APPROVAL");
                    return s.post("/api/v1/funding-requests/" + plan + "/approve");
                }),
        new Row(
                "POST /api/v1/funding-requests/{planId}/decline",
                Set.of("commissioner", "admin"),
                200,
                Map.of(Principal.COMMISSIONER_CHARITY, 404),
                s -> {
                    String plan =
                            Fixtures.fundedPlan(
                                    Fixtures.sentToAcupuncturist(), "QHM", "PRIOR_APPROVAL");
                    return s.body(Map.of("reason", "Not within the panel's criteria"))
                            .post("/api/v1/funding-requests/" + plan + "/decline");
                }),
        referralRow(
                "GET /api/v1/referrals/{id}/charges",
                REFERRAL_READERS,
                200,
                s -> s.get("/api/v1/referrals/" + Fixtures.sentToAcupuncturist() + "/charges")),
        referralRow(
                "POST /api/v1/referrals/{id}/charges/{chargeId}/paid",
                PRACTITIONERS,
                200,
                s -> {
                    String[] charge = Fixtures.patientCharge();
                    return s.post(
                            "/api/v1/referrals/" + charge[0] + "/charges/" + charge[1] + "/paid");
                }),
        row("GET /fhir/metadata", EVERY_ROLE, 200, s -> fhir(s).get("/fhir/metadata")),
        new Row(
                "POST /fhir/$process-message",
                REFERRERS,
                200,
                Map.of(GP_B82002, 403),
                s ->
                        fhir(s).header("X-Request-Id", UUID.randomUUID().toString())
                                .header("X-Correlation-Id", UUID.randomUUID().toString())
                                .body(BarsMessages.toAcupuncturist().json())
                                .post("/fhir/$process-message")),
        referralRow(
                "GET /fhir/ServiceRequest/{id}",
                REFERRAL_READERS,
                200,
                s -> fhir(s).get("/fhir/ServiceRequest/" + Fixtures.sentToAcupuncturist())),
        row(
                "GET /fhir/ServiceRequest",
                REFERRAL_READERS,
                200,
                s ->
                        fhir(s).get(
                                        "/fhir/ServiceRequest?patient:identifier=https://fhir.nhs.uk/Id/nhs-number%7C9434765919&_count=5")),
        row(
                "GET /fhir/Task",
                REFERRAL_READERS,
                200,
                s ->
                        fhir(s).get(
                                        "/fhir/Task?focus=ServiceRequest/"
                                                + Fixtures.sentToAcupuncturist())),
        row(
                "GET /fhir/DocumentReference",
                REFERRAL_READERS,
                200,
                s ->
                        fhir(s).get(
                                        "/fhir/DocumentReference?related=ServiceRequest/"
                                                + Fixtures.completedCourse())),
        referralRow(
                "GET /fhir/DocumentReference/{id}",
                REFERRAL_READERS,
                200,
                s -> fhir(s).get("/fhir/DocumentReference/" + Fixtures.sentLetter())),
        referralRow(
                "GET /fhir/Binary/{id}",
                REFERRAL_READERS,
                200,
                s -> fhir(s).get("/fhir/Binary/" + Fixtures.sentLetter())),
        referralRow(
                "GET /fhir/Bundle/{id}",
                REFERRAL_READERS,
                200,
                s -> fhir(s).get("/fhir/Bundle/" + Fixtures.sentLetter())),
    };

    @Test
    void theTableCoversEveryOperationInTheOpenApiDocument() throws IOException {
        JsonNode document =
                new ObjectMapper()
                        .readTree(
                                given().accept("application/json")
                                        .get("/q/openapi?format=json")
                                        .then()
                                        .statusCode(200)
                                        .extract()
                                        .asString());
        Set<String> documented = new TreeSet<>();
        document.path("paths")
                .fields()
                .forEachRemaining(
                        path ->
                                path.getValue()
                                        .fieldNames()
                                        .forEachRemaining(
                                                method ->
                                                        documented.add(
                                                                method.toUpperCase()
                                                                        + " "
                                                                        + path.getKey())));
        Set<String> tabled =
                Arrays.stream(TABLE)
                        .map(Row::operation)
                        .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(
                documented,
                tabled,
                "every documented operation needs its row in the matrix, and no more");
    }

    @TestFactory
    Stream<DynamicTest> everyPrincipalGetsWhatThePolicySays() {
        return Arrays.stream(TABLE)
                .flatMap(
                        row ->
                                Arrays.stream(Principal.values())
                                        .map(
                                                principal ->
                                                        DynamicTest.dynamicTest(
                                                                row.operation()
                                                                        + " as "
                                                                        + principal,
                                                                () -> check(row, principal))));
    }

    private static void check(Row row, Principal principal) {
        int expected = row.expectedFor(principal);
        RequestSpecification request = Api.anonymous();
        String token = principal.token();
        if (token != null) {
            request.auth().oauth2(token);
        }
        Response response = row.call().apply(request);
        assertEquals(
                expected,
                response.statusCode(),
                row.operation() + " as " + principal + ": " + response.asString());
        if (expected >= 400 && row.operation().contains(" /fhir/")) {
            String code = problemCode(row, expected, principal);
            Fhir.assertOutcome(response, expected, FHIR_ISSUES.get(code));
        } else if (expected >= 400) {
            Problems.assertProblem(response, expected, problemCode(row, expected, principal));
        }
        CELLS.incrementAndGet();
    }

    /**
     * The code of a refusal: who you are not (401), what is not yours (404), what you may not do
     * (403). A gp token without its practice is refused for the missing claim wherever a gp could
     * act; elsewhere its role alone refuses it.
     */
    private static String problemCode(Row row, int status, Principal principal) {
        return switch (status) {
            case 401 -> "unauthenticated";
            case 404 -> "not-found";
            default ->
                    principal == Principal.GP_WITHOUT_PRACTICE && row.roles().contains("gp")
                            ? "organisation-claim-missing"
                            : "forbidden";
        };
    }

    @AfterAll
    static void report() {
        System.out.printf(
                "Authorisation matrix: %d cells checked (%d operations x %d principals)%n",
                CELLS.get(), TABLE.length, Principal.values().length);
    }
}
