package org.socialprescribing.concurrency;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialprescribing.testing.Api.as;
import static org.socialprescribing.testing.Parallel.CALLS;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialprescribing.demo.DemoData;
import org.socialprescribing.testing.Funding;
import org.socialprescribing.testing.Parallel;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.TestTokens;
import org.socialprescribing.testing.Treatment;

/**
 * A practitioner's morning recorded in one go, and a practice system that books or sends twice: the
 * sessions, attendance, outcomes, alerts and letter of one referral changed by many calls at once
 * end exactly as if the calls had come one after another.
 */
@QuarkusTest
class ConcurrentTreatmentTest {
    private static final String GP_A = TestTokens.gp(DemoData.PRACTICE_A);
    private static final String ACU = TestTokens.practitioner(DemoData.ACUPUNCTURIST);
    private static final long FEE = 3000;

    @Test
    void bookingsAtOnceOnAPlanForTwoSessionsBookExactlyTwo() {
        String scheme = Funding.create(Funding.scheme("COMMISSIONED", FEE, 2, 50_000));
        String id = fundedAndAccepted(scheme);
        Instant nextWeek = Instant.now().plusSeconds(7 * 86_400);
        Parallel.send(CALLS + 8, i -> Treatment.book(ACU, id, nextWeek.plusSeconds(3600L * i)))
                .expect("201", 2, "409 sessions-exhausted", CALLS + 6);
        as(GP_A).get("/api/v1/referrals/" + id + "/sessions").then().body("$", hasSize(2));
    }

    @Test
    void attendanceForEverySessionRecordedAtOnceIsAllKeptAndSpentOnce() {
        String scheme = Funding.create(Funding.scheme("COMMISSIONED", FEE, CALLS, 1_000_000));
        long before = Funding.remaining(scheme);
        String id = fundedAndAccepted(scheme);
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            sessions.add(Treatment.bookedSessionThatHasBegun(ACU, id));
        }
        Parallel.send(CALLS, i -> Treatment.attend(ACU, id, sessions.get(i), "ATTENDED"))
                .expect("200", CALLS);
        as(GP_A).get("/api/v1/referrals/" + id + "/sessions")
                .then()
                .body("$", hasSize(CALLS))
                .body("attendance", everyItem(equalTo("ATTENDED")));
        as(GP_A).get("/api/v1/referrals/" + id).then().body("status", equalTo("IN_TREATMENT"));
        as(GP_A).get("/api/v1/referrals/" + id + "/funding")
                .then()
                .body("spentPence", equalTo((int) (CALLS * FEE)))
                .body("committedPence", equalTo(0));
        assertEquals(before - CALLS * FEE, Funding.remaining(scheme), "committed once, spent once");
    }

    @Test
    void oneSessionsAttendanceSentManyTimesAtOnceIsRecordedOnce() {
        String id = accepted();
        String session = Treatment.bookedSessionThatHasBegun(ACU, id);
        Parallel.send(CALLS, i -> Treatment.attend(ACU, id, session, "ATTENDED"))
                .expect("200", CALLS);
        List<String> starts =
                as(GP_A).get("/api/v1/referrals/" + id + "/history").jsonPath().getList("toStatus");
        assertEquals(
                1,
                Collections.frequency(starts, "IN_TREATMENT"),
                "treatment starts once: " + starts);
    }

    @Test
    void outcomesAndSafetyAlertsRecordedAtOnceAreAllKept() {
        String id = accepted();
        Parallel.send(
                        CALLS,
                        i ->
                                i % 2 == 0
                                        ? Treatment.outcome(
                                                ACU,
                                                id,
                                                "GAD7",
                                                "BASELINE",
                                                List.of(1, 1, 1, 1, 1, 1, 1))
                                        : Treatment.alert(
                                                ACU,
                                                id,
                                                Treatment.safetyAlert(
                                                        "LOW", "Felt faint " + i, "Rested")))
                .expect("201", CALLS);
        as(ACU).get("/api/v1/referrals/" + id + "/outcomes")
                .then()
                .statusCode(200)
                .body("records", hasSize(CALLS / 2));
        as(GP_A).get("/api/v1/referrals/" + id + "/safety-alerts")
                .then()
                .body("$", hasSize(CALLS / 2));
    }

    @Test
    void draftsSavedAtOnceCreateOneLetter() {
        String id = inTreatment();
        Parallel.send(CALLS, i -> Treatment.draft(ACU, id, Treatment.letter("CONTINUE")))
                .expect("200", CALLS - 1, "201", 1);
        as(ACU).get("/api/v1/referrals/" + id + "/letter").then().body("status", equalTo("DRAFT"));
    }

    @Test
    void aLetterSentManyTimesAtOnceIsSentOnceAndReachesThePracticeOnce() {
        String id = inTreatment();
        Treatment.draft(ACU, id, Treatment.letter("CONTINUE")).then().statusCode(201);
        Parallel.send(CALLS, i -> Treatment.send(ACU, id))
                .expect("200", 1, "409 letter-already-sent", CALLS - 1);
        as(GP_A).get("/api/v1/referrals/" + id).then().body("status", equalTo("COMPLETED"));
        as(GP_A).queryParam("referralId", id)
                .get("/api/v1/inbox")
                .then()
                .body("items.findAll { it.kind == 'LETTER' }", hasSize(1))
                .body("items[0].id", notNullValue());
    }

    private static String accepted() {
        String id = Referrals.sentToAcupuncturist().id();
        Referrals.act(ACU, id, "accept", null).then().statusCode(200);
        return id;
    }

    private static String inTreatment() {
        String id = accepted();
        Treatment.pastSession(ACU, id, "ATTENDED");
        return id;
    }

    private static String fundedAndAccepted(String scheme) {
        String id = Referrals.sentToAcupuncturist().id();
        Funding.fund(GP_A, id, Funding.request(scheme)).then().statusCode(201);
        Referrals.act(ACU, id, "accept", null).then().statusCode(200);
        return id;
    }
}
