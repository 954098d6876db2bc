package org.socialprescribing.e2e.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The web app's journeys in a real headless Chromium against the packaged application and the real
 * Keycloak, logging in on Keycloak's own page. Every screen on the way passes axe-core with no
 * serious or critical violation, fits a 320 px screen, and leaves a screenshot in
 * target/webapp-screenshots.
 */
@QuarkusIntegrationTest
class WebAppIT {
    private static final String ACUPUNCTURIST = "6f1c2a10-5b7e-4c1d-9a01-000000000001";
    private static final String YOGA_TEACHER = "6f1c2a10-5b7e-4c1d-9a01-000000000002";
    private static String app;

    /**
     * The application's address (its port is known once Quarkus has started it for the first test),
     * which the web client is then allowed to redirect to.
     */
    private static synchronized String app() {
        if (app == null) {
            app = "http://localhost:" + RestAssured.port;
            WebClientRedirects.allow(app);
        }
        return app;
    }

    @Test
    void aGpRefersThePractitionerTakesItToASentLetterAndTheGpAcknowledgesIt() {
        String familyName = "Browser" + unique();
        try (Browser browser = new Browser(app())) {
            String id = gpRefers(browser, familyName);
            Instant referred = Instant.now();
            browser.logOut();
            browser.logInOnKeycloak("practitioner.acu");
            practitionerAcceptsAndTreats(browser, id, referred);
            practitionerSendsTheLetter(browser, id);
            browser.logOut();
            browser.logInOnKeycloak("gp.a81001");
            gpAcknowledgesTheLetter(browser, id);
        }
    }

    private String gpRefers(Browser browser, String familyName) {
        browser.logInAt("/app/", "gp.a81001");
        assertEquals("Practice referrals", browser.heading());
        browser.checkScreen("gp-01-practice-referrals");
        browser.clickLink("Refer a patient");
        browser.screenReady();
        browser.type("nhs-number", "943 476 5918");
        browser.waitUntil("return !!document.getElementById('nhs-number-error')");
        assertTrue(browser.text("#nhs-number-error").contains("not a valid NHS number"));
        browser.type("nhs-number", "943 476 5919");
        browser.waitUntil("return !document.getElementById('nhs-number-error')");
        browser.type("given-name", "Sam");
        browser.type("family-name", familyName);
        browser.type("birth-date", "2");
        browser.type("birth-date-month", "4");
        browser.type("birth-date-year", "1971");
        browser.type("postcode", "NE1 4ST");
        browser.type("condition-0-text", "Chronic low back pain");
        browser.choose("condition-0-category", "Musculoskeletal");
        browser.type("reason", "Back pain and low mood despite physiotherapy");
        browser.type("red-flags", "Osteoporosis: gentle pressure only");
        browser.choose("therapy", "Massage");
        browser.waitUntil(
                "return document.querySelectorAll('input[name=practitioner]').length > 1");
        browser.click("input[name=practitioner][data-regulation=UNVERIFIED]");
        browser.waitUntil("return !!document.getElementById('delegation-accepted')");
        browser.assertShows("This practitioner has no current registration");
        browser.checkScreen("gp-02-refer-delegation-warning");
        browser.choose("therapy", "Acupuncture");
        browser.waitUntil(
                "return !!document.querySelector('input[name=practitioner][value=\""
                        + ACUPUNCTURIST
                        + "\"]')");
        browser.click("input[name=practitioner][value='" + ACUPUNCTURIST + "']");
        assertFalse(browser.present("#delegation-accepted"));
        browser.click("#referral-agreed");
        browser.click("#share-outcomes");
        browser.checkScreen("gp-03-refer");
        browser.click("#send-referral");
        browser.waitFor("[data-flash]");
        browser.assertShows("Referral sent to the practitioner.");
        browser.assertShows("Sent to practitioner");
        browser.checkScreen("gp-04-referral-sent");
        return browser.path().replaceAll("^/app/referrals/", "");
    }

    private void practitionerAcceptsAndTreats(Browser browser, String id, Instant referred) {
        assertEquals("Your worklist", browser.heading());
        browser.checkScreen("practitioner-01-worklist");
        browser.click("a[href='/app/referrals/" + id + "']");
        browser.screenReady();
        browser.assertShows("Osteoporosis: gentle pressure only");
        browser.checkScreen("practitioner-02-referral");
        browser.clickLink("Decline");
        browser.screenReady();
        browser.click("#decline");
        assertEquals(List.of("Select why you are declining"), browser.errorSummary());
        browser.checkScreen("practitioner-03-decline-needs-a-reason");
        browser.clickLink("Back");
        browser.screenReady();
        browser.type("accept-comment", "First session on Monday");
        browser.click("#accept");
        browser.waitFor("[data-flash]");
        browser.assertShows("You accepted the referral.");

        browser.clickLink("Sessions: book and record attendance");
        browser.screenReady();
        LocalDateTime begun = firstMinuteAfter(referred);
        browser.type("session-date", String.valueOf(begun.getDayOfMonth()));
        browser.type("session-date-month", String.valueOf(begun.getMonthValue()));
        browser.type("session-date-year", String.valueOf(begun.getYear()));
        browser.type("session-time", begun.format(DateTimeFormatter.ofPattern("HH:mm")));
        browser.type("session-location", "Riverside Clinic, NE1 4ST");
        browser.click("#book-session");
        browser.waitFor("#attendance-0");
        browser.checkScreen("practitioner-04-sessions");
        browser.click("#attendance-0");
        browser.click("#attendance-0-record");
        browser.waitFor("[data-flash]");
        browser.assertShows("Attendance recorded: attended.");

        browser.clickLink("Back to the referral");
        browser.screenReady();
        browser.assertShows("In treatment");
        browser.clickLink("Outcome measures: record and review");
        browser.screenReady();
        browser.clickLink("Record an outcome measure");
        browser.screenReady();
        recordPhq9(browser, "time-point", new int[] {2, 2, 4, 2, 2, 2, 2, 2, 0});
        assertEquals(
                List.of("Answer 3 must be a whole number from 0 to 3"), browser.errorSummary());
        browser.checkScreen("practitioner-05-outcome-refuses-out-of-range");
        browser.type("item-3", "2");
        browser.click("#save-measure");
        browser.waitFor("[data-flash]");
        browser.assertShows("total 16 (moderately severe)");
        browser.clickLink("Record an outcome measure");
        browser.screenReady();
        recordPhq9(browser, "time-point-3", new int[] {1, 1, 1, 1, 1, 1, 1, 1, 0});
        browser.waitFor("[data-flash]");
        browser.assertShows("total 8 (mild)");
        browser.assertShows("-8");
        browser.checkScreen("practitioner-06-outcomes");

        browser.clickLink("Back to the referral");
        browser.screenReady();
        browser.clickLink("Raise a safety alert");
        browser.screenReady();
        browser.click("#severity");
        browser.type("what-happened", "Mild bruising at a needle site");
        browser.type("action-taken", "Advice given; no further action needed");
        browser.click("#send-alert");
        browser.waitFor("[data-flash]");
        browser.assertShows("Safety alert sent.");
        browser.assertShows("Not acknowledged yet");
        browser.checkScreen("practitioner-07-safety-alert");
    }

    /** Chooses PHQ-9, fills its nine answers and saves (the form may refuse before sending). */
    private static void recordPhq9(Browser browser, String timePoint, int[] answers) {
        browser.choose("measure", "PHQ-9 (depression)");
        browser.click(".app-filter button");
        browser.waitFor("#item-9");
        browser.click("#" + timePoint);
        for (int i = 0; i < answers.length; i++) {
            browser.type("item-" + (i + 1), String.valueOf(answers[i]));
        }
        browser.click("#save-measure");
    }

    private void practitionerSendsTheLetter(Browser browser, String id) {
        browser.clickLink("Back to the referral");
        browser.screenReady();
        browser.clickLink("Treatment summary letter: draft, preview and send");
        browser.screenReady();
        browser.checkScreen("practitioner-08-letter-new");
        browser.type("summary", "Six sessions of acupuncture for low back pain.");
        browser.type("response", "Pain eased from the third session; sleeping better.");
        browser.click("#recommendation-2");
        browser.click("#save-letter");
        browser.waitFor("#send-letter");
        browser.click("#preview-letter");
        browser.waitFor("iframe.app-pdf[data-loaded]");
        browser.assertShows("The PDF is ready");
        browser.checkScreen("practitioner-09-letter-preview");
        browser.click("#send-letter");
        browser.waitFor("[data-flash]");
        browser.assertShows("Letter sent to the GP practice.");
        browser.assertShows("Completed");
        assertEquals("/app/referrals/" + id, browser.path());
        browser.checkScreen("practitioner-10-letter-sent");
    }

    /**
     * A session time the form can take (whole minutes) that has begun, yet is not before the
     * referral was made (the API refuses that): the first whole minute after it, waited for.
     */
    private static LocalDateTime firstMinuteAfter(Instant referred) {
        LocalDateTime minute =
                LocalDateTime.ofInstant(referred, ZoneId.systemDefault())
                        .truncatedTo(ChronoUnit.MINUTES)
                        .plusMinutes(1);
        while (LocalDateTime.now().isBefore(minute)) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return minute;
    }

    private void gpAcknowledgesTheLetter(Browser browser, String id) {
        browser.clickLink("Inbox");
        browser.screenReady();
        browser.checkScreen("gp-05-inbox");
        browser.go("/app/referrals/" + id);
        browser.assertShows("Completed");
        browser.clickLink("Treatment summary letter");
        browser.screenReady();
        browser.assertShows("Six sessions of acupuncture for low back pain.");
        browser.click("#open-pdf");
        browser.waitFor("iframe.app-pdf[data-loaded]");
        browser.checkScreen("gp-06-letter");
        browser.click("#acknowledge");
        browser.waitFor("[data-flash]");
        browser.assertShows("Letter acknowledged.");
        browser.assertShows("Acknowledged");
        browser.checkScreen("gp-07-letter-acknowledged");
    }

    @Test
    void aLinkWorkerTriagesByKeyboardAloneAndSendsAgainAfterADecline() {
        String familyName = "Triage" + unique();
        String id = ApiSetup.refer(familyName, null, null);
        try (Browser browser = new Browser(app())) {
            browser.logInAt("/app/triage", "linkworker.pcn1");
            assertEquals("Triage queue", browser.heading());
            browser.checkScreen("linkworker-01-triage-queue");

            browser.tabTo("a[href='/app/referrals/" + id + "']", 80);
            browser.press(Keys.ENTER);
            browser.screenReady();
            assertTrue(browser.heading().endsWith(familyName));
            browser.checkScreen("linkworker-02-referral");
            browser.tabTo("a[href='/app/referrals/" + id + "/assign']", 40);
            browser.press(Keys.ENTER);
            browser.screenReady();
            browser.tabTo("#therapy", 20);
            browser.press("Yoga");
            browser.waitUntil(
                    "return document.querySelectorAll('input[name=practitioner]').length > 0");
            browser.tabTo("input[name=practitioner]", 10);
            browser.arrowTo("input[name=practitioner][value='" + YOGA_TEACHER + "']", 20);
            browser.checkScreen("linkworker-03-send-to-a-practitioner");
            browser.tabTo("#assign", 10);
            browser.press(Keys.ENTER);
            browser.waitFor("[data-flash]");
            browser.assertShows("Referral sent to the practitioner.");
            browser.assertShows("Sent to practitioner");
            browser.logOut();

            browser.logInOnKeycloak("practitioner.yoga");
            browser.go("/app/referrals/" + id + "/decline");
            browser.click("#reason-code");
            browser.type("decline-comment", "My Tuesday class is full until spring");
            browser.click("#decline");
            browser.waitFor("[data-flash]");
            browser.assertShows("No capacity to take the patient on");
            browser.logOut();

            browser.logInOnKeycloak("linkworker.pcn1");
            browser.click("a[href='/app/referrals/" + id + "']");
            browser.screenReady();
            browser.assertShows("Declined");
            browser.clickLink("Send to another practitioner");
            browser.screenReady();
            browser.assertShows("My Tuesday class is full until spring");
            browser.choose("therapy", "Acupuncture");
            browser.waitUntil(
                    "return !!document.querySelector('input[name=practitioner][value=\""
                            + ACUPUNCTURIST
                            + "\"]')");
            browser.click("input[name=practitioner][value='" + ACUPUNCTURIST + "']");
            browser.checkScreen("linkworker-04-send-again-after-decline");
            browser.click("#assign");
            browser.waitFor("[data-flash]");
            browser.assertShows("Sent to practitioner");
            browser.assertShows("Mei Chen");
        }
    }

    @Test
    void aCommissionerSeesTheDashboardWithASuppressedFigureAndApprovesAFundingRequest() {
        Map<String, String> therapies = ApiSetup.therapyNames();
        List<String> counted = ApiSetup.therapiesInTheActivityReport();
        String rare =
                therapies.keySet().stream()
                        .filter(code -> !counted.contains(code))
                        .findFirst()
                        .orElseThrow(
                                () -> new AssertionError("every therapy already has referrals"));
        ApiSetup.refer("Rare" + unique(), rare, null);
        String justification = "Chronic neck pain; two courses of physiotherapy failed " + unique();
        String scheme = ApiSetup.priorApprovalScheme("Acupuncture prior approval " + unique());
        ApiSetup.requestFunding(
                ApiSetup.refer("Funded" + unique(), "ACUPUNCTURE", ACUPUNCTURIST),
                scheme,
                justification);

        try (Browser browser = new Browser(app())) {
            browser.logInAt("/app/", "commissioner.icb");
            assertEquals("Activity and outcomes", browser.heading());
            browser.assertShows("Counts of 1 to 7 people are suppressed");
            assertEquals(
                    "Suppressed",
                    browser.tableCell("Referrals by therapy", therapies.get(rare), 1),
                    "one referral is published as suppressed, not as 1 or 0");
            browser.checkScreen("commissioner-01-dashboard");

            browser.click("#csv-activity-therapy");
            browser.waitUntil(
                    "return document.querySelector('#csv-activity-therapy ~ .app-download-status')"
                            + ".textContent.startsWith('Downloaded')");

            LocalDate today = LocalDate.now();
            browser.type("from", "1");
            browser.type("from-month", String.valueOf(today.getMonthValue()));
            browser.type("from-year", String.valueOf(today.getYear()));
            browser.click("#show-period");
            browser.waitUntil("return location.search.includes('from=')");
            browser.screenReady();
            browser.assertShows("Referrals received from 1 ");

            browser.clickLink("Funding requests");
            browser.screenReady();
            String card = findRequest(browser, justification);
            browser.checkScreen("commissioner-02-funding-requests");
            browser.click(card + " button.nhsuk-button--warning");
            assertEquals(List.of("Enter the reason for declining"), browser.errorSummary());
            browser.click(card + " button:not(.nhsuk-button--warning)");
            browser.waitFor("[data-flash]");
            browser.assertShows("Approved: £210.00 is committed against the scheme’s budget.");
        }
    }

    /** The card of the funding request with this justification, following the pages. */
    private static String findRequest(Browser browser, String justification) {
        for (int page = 0; page < 20; page++) {
            String id =
                    (String)
                            browser.js(
                                    "const card = [...document.querySelectorAll('.app-request')]"
                                            + ".find(c => c.textContent.includes(arguments[0]));"
                                            + " return card ? card.getAttribute('aria-labelledby') : null",
                                    justification);
            if (id != null) {
                return "section[aria-labelledby='" + id + "']";
            }
            browser.click("a[rel=next]");
            browser.screenReady();
        }
        throw new AssertionError("the funding request is not listed: " + justification);
    }

    @Test
    void aGpOfAnotherPracticeCannotReachAReferralByEditingTheAddress() {
        String familyName = "Elsewhere" + unique();
        String id = ApiSetup.refer(familyName, "ACUPUNCTURE", ACUPUNCTURIST);
        try (Browser browser = new Browser(app())) {
            browser.logInAt("/app/referrals/" + id, "gp.b82002");
            assertEquals("Referral not found", browser.heading());
            browser.assertShows("It may belong to another practice or network");
            assertFalse(browser.mainText().contains(familyName));
            assertFalse(browser.mainText().contains("not-found"));
            browser.checkScreen("gp-other-practice-01-referral-not-found");
            browser.go("/app/referrals/" + id + "/letter");
            assertEquals("Referral not found", browser.heading());
            browser.go("/app/referrals/" + UUID.randomUUID());
            assertEquals("Referral not found", browser.heading());
        }
    }

    private static String unique() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }
}
