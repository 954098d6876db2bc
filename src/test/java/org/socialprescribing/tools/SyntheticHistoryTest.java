package org.socialprescribing.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socialprescribing.common.nhs.NhsNumber;
import org.socialprescribing.treatment.outcome.OutcomeMeasure;
import org.socialprescribing.treatment.outcome.OutcomeScoring;
import org.socialprescribing.treatment.outcome.Score;

/** The generated history holds together the way the API's own writes would. */
class SyntheticHistoryTest {
    private static final String URL = "jdbc:h2:mem:gen;DB_CLOSE_DELAY=-1";
    private static final int REFERRALS = 500;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Score>> SCORES = new TypeReference<>() {};
    private static Map<String, Long> counts;
    private static SyntheticHistory.Generated generated;

    @BeforeAll
    static void generate() throws SQLException {
        generated =
                SyntheticHistory.run(
                        new SyntheticHistory.Options(
                                URL,
                                "sa",
                                "sa",
                                REFERRALS,
                                7,
                                LocalDate.of(2022, 1, 1),
                                LocalDate.of(2025, 6, 30),
                                100,
                                true,
                                true));
        counts = generated.rows();
    }

    @Test
    void everyTableTheReportsReadIsFilled() {
        assertEquals(REFERRALS, counts.get("referral"));
        assertEquals(300, counts.get("practice"));
        for (String table :
                new String[] {
                    "referral_event",
                    "treatment_session",
                    "outcome_record",
                    "funding_plan",
                    "charge_line",
                    "funding_scheme"
                }) {
            assertTrue(counts.get(table) > 0, table);
        }
    }

    @Test
    void sessionsBelongOnlyToReferralsThatWereAccepted() throws SQLException {
        assertEquals(
                0,
                count(
                        "select count(*) from treatment_session s join referral r on r.id ="
                                + " s.referral_id where r.status not in ('ACCEPTED', 'IN_TREATMENT',"
                                + " 'COMPLETED', 'ENDED_EARLY', 'CANCELLED')"));
        assertEquals(
                0,
                count(
                        "select count(*) from treatment_session s where not exists (select 1 from"
                                + " referral_event e where e.referral_id = s.referral_id and"
                                + " e.action = 'accept')"));
    }

    @Test
    void theLastEventLeavesTheReferralInItsStatus() throws SQLException {
        assertEquals(
                0,
                count(
                        "select count(*) from referral r join referral_event e on e.referral_id ="
                                + " r.id where e.id = (select max(id) from referral_event x where"
                                + " x.referral_id = r.id) and e.to_status <> r.status"));
        assertEquals(REFERRALS, count("select count(distinct referral_id) from referral_event"));
        assertEquals(
                0,
                count(
                        "select count(*) from referral_event where action in ('accept',"
                                + " 'decline') and response_seconds is null"));
    }

    @Test
    void everyAcceptAndDeclineIsAResponseToAReferralReceivedWhenItWas() throws SQLException {
        assertEquals(
                count("select count(*) from referral_event where action in ('accept', 'decline')"),
                count(
                        "select count(*) from referral_response x join referral_event e on"
                                + " e.id = x.event_id join referral r on r.id = x.referral_id"
                                + " where x.referral_received_at = r.created_at"
                                + " and x.accepted = (e.action = 'accept')"));
    }

    @Test
    void statusesAreSpreadAsInARealService() throws SQLException {
        Map<String, Long> byStatus = new HashMap<>();
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery(
                                "select status, count(*) from referral group by status")) {
            while (rows.next()) {
                byStatus.put(rows.getString(1), rows.getLong(2));
            }
        }
        long completed = byStatus.getOrDefault("COMPLETED", 0L);
        assertTrue(completed > REFERRALS * 0.45 && completed < REFERRALS * 0.8, byStatus::toString);
        assertTrue(byStatus.getOrDefault("DECLINED", 0L) > 0, byStatus::toString);
        assertTrue(byStatus.getOrDefault("ENDED_EARLY", 0L) > 0, byStatus::toString);
        assertTrue(byStatus.getOrDefault("CANCELLED", 0L) > 0, byStatus::toString);
        assertEquals(
                0,
                count(
                        "select count(*) from referral where status = 'DECLINED' and status_reason"
                                + " not in ('NO_CAPACITY', 'NOT_SUITABLE_FOR_THERAPY',"
                                + " 'CONTRAINDICATED', 'OUTSIDE_SERVICE_AREA',"
                                + " 'NEEDS_DIFFERENT_SERVICE', 'PATIENT_UNCONTACTABLE',"
                                + " 'PATIENT_DECLINED', 'OTHER')"));
    }

    @Test
    void budgetsAreNeverOverspentAndMatchTheirPlans() throws SQLException {
        assertEquals(
                0,
                count(
                        "select count(*) from funding_scheme where committed_pence + spent_pence > budget_pence"));
        assertEquals(
                0,
                count(
                        "select count(*) from funding_scheme s where spent_pence <> (select"
                                + " coalesce(sum(spent_pence), 0) from funding_plan p where p.scheme_id"
                                + " = s.id) or committed_pence <> (select coalesce(sum(committed_pence),"
                                + " 0) from funding_plan p where p.scheme_id = s.id)"));
        assertEquals(
                0,
                count(
                        "select count(*) from funding_plan p where not exists (select 1 from"
                                + " funding_plan_funder_share f join funding_scheme s on s.id ="
                                + " p.scheme_id where f.plan_id = p.id and f.funder_code ="
                                + " s.funder_code and f.committed_pence = p.committed_pence and"
                                + " f.spent_pence = p.spent_pence and f.released_pence ="
                                + " p.released_pence)"));
        assertEquals(
                0,
                count(
                        "select count(*) from funding_plan p where p.spent_pence <> p.funder_pence_per_session"
                                + " * (select count(distinct session_id) from charge_line c where"
                                + " c.plan_id = p.id)"));
    }

    @Test
    void chargesFollowOnlyChargeableSessionsOfApprovedPlans() throws SQLException {
        assertEquals(
                0,
                count(
                        "select count(*) from charge_line c join treatment_session s on s.id ="
                                + " c.session_id where s.attendance not in ('ATTENDED',"
                                + " 'DID_NOT_ATTEND') or c.reason <> s.attendance"));
        assertEquals(
                0,
                count(
                        "select count(*) from charge_line c join funding_plan p on p.id = c.plan_id"
                                + " where p.status not in ('APPROVED', 'CLOSED')"));
    }

    @Test
    void patientsAreSyntheticButTheirNhsNumbersAreValid() throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("select patient_nhs_number from referral")) {
            while (rows.next()) {
                String number = rows.getString(1);
                assertTrue(NhsNumber.isValid(number), number);
                assertTrue(number.startsWith("999"), number);
            }
        }
    }

    @Test
    void outcomeScoresAreStoredAsTheApiStoresThem() throws SQLException {
        assertEquals(
                0,
                count(
                        "select count(*) from outcome_record where scores not like '[{\"name\":%'"
                                + " or answers not regexp '^[0-9]+(,[0-9]+)*$'"));
        assertEquals(
                0,
                count(
                        "select count(*) from outcome_record o where o.time_point = 'END' and not"
                                + " exists (select 1 from outcome_record b where b.referral_id ="
                                + " o.referral_id and b.time_point = 'BASELINE')"));
    }

    @Test
    void outcomeChangesAreWhatTheApiWouldKeepForTheRecords() throws Exception {
        Map<String, String> expected = new TreeMap<>();
        Map<String, List<Record>> byReferralAndMeasure = new LinkedHashMap<>();
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery(
                                "select referral_id, measure, time_point, scores from outcome_record"
                                        + " order by referral_id, measure, completed_on, recorded_at")) {
            while (rows.next()) {
                byReferralAndMeasure
                        .computeIfAbsent(
                                rows.getString(1) + " " + rows.getString(2), k -> new ArrayList<>())
                        .add(
                                new Record(
                                        rows.getString(3),
                                        JSON.readValue(rows.getString(4), SCORES)));
            }
        }
        byReferralAndMeasure.forEach(
                (key, records) -> {
                    OutcomeMeasure measure = OutcomeMeasure.valueOf(key.split(" ")[1]);
                    Record baseline =
                            records.stream()
                                    .filter(r -> r.timePoint().equals("BASELINE"))
                                    .findFirst()
                                    .orElse(records.get(0));
                    Record last = records.get(records.size() - 1);
                    Record end = last == baseline ? null : last;
                    for (String name : OutcomeScoring.scoreNames(measure)) {
                        BigDecimal from = baseline.value(name);
                        BigDecimal to = end == null ? null : end.value(name);
                        expected.put(
                                key + " " + name,
                                change(
                                        OutcomeScoring.direction(measure, name).name(),
                                        from,
                                        to,
                                        to == null ? null : to.subtract(from),
                                        OutcomeScoring.meaningfulImprovement(
                                                measure, name, from, to)));
                    }
                });
        Map<String, String> kept = new TreeMap<>();
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery(
                                "select referral_id, measure, score_name, direction,"
                                        + " baseline_value, end_value, change_value, improved"
                                        + " from outcome_change")) {
            while (rows.next()) {
                kept.put(
                        rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3),
                        change(
                                rows.getString(4),
                                rows.getBigDecimal(5),
                                rows.getBigDecimal(6),
                                rows.getBigDecimal(7),
                                (Boolean) rows.getObject(8)));
            }
        }
        List<String> wrong =
                expected.keySet().stream()
                        .filter(key -> !expected.get(key).equals(kept.get(key)))
                        .limit(5)
                        .map(key -> key + ": " + expected.get(key) + ", kept " + kept.get(key))
                        .toList();
        assertEquals(List.of(), wrong);
        assertEquals(expected.size(), kept.size(), "changes kept for records that do not exist");
        assertTrue(kept.values().stream().anyMatch(c -> c.endsWith(" true")), "some improved");
        assertTrue(kept.values().stream().anyMatch(c -> c.endsWith(" false")), "some did not");
        assertTrue(kept.values().stream().anyMatch(c -> c.contains(" null null ")), "some no end");
    }

    @Test
    void secondsToFirstSessionRunFromTheReferralToItsFirstAttendedSession() throws SQLException {
        int withSessions = 0;
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery(
                                "select r.created_at, r.seconds_to_first_session, (select"
                                        + " min(s.scheduled_at) from treatment_session s where"
                                        + " s.referral_id = r.id and s.attendance = 'ATTENDED')"
                                        + " from referral r")) {
            while (rows.next()) {
                OffsetDateTime created = rows.getObject(1, OffsetDateTime.class);
                Long seconds = (Long) rows.getObject(2);
                OffsetDateTime first = rows.getObject(3, OffsetDateTime.class);
                Long expected =
                        first == null
                                ? null
                                : Math.max(0, Duration.between(created, first).toSeconds());
                assertEquals(expected, seconds, () -> "referral created " + created);
                withSessions += first == null ? 0 : 1;
            }
        }
        assertTrue(withSessions > REFERRALS / 3, "referrals with an attended session");
    }

    @Test
    void eachReferralsMilestonesAndAttendanceAgreeWithItsEventsAndSessions() throws SQLException {
        assertEquals(
                0,
                count(
                        "select count(*) from referral r where"
                                + " r.was_triaged <> (exists (select 1 from referral_event e where"
                                + " e.referral_id = r.id and e.action = 'assign'"
                                + " and e.from_status = 'AWAITING_TRIAGE'))"
                                + " or r.was_accepted <> (exists (select 1 from referral_event e"
                                + " where e.referral_id = r.id and e.action = 'accept'))"
                                + " or r.was_declined <> (exists (select 1 from referral_event e"
                                + " where e.referral_id = r.id and e.action = 'decline'))"
                                + " or r.was_started <> (exists (select 1 from referral_event e"
                                + " where e.referral_id = r.id and e.to_status = 'IN_TREATMENT'))"
                                + " or r.sessions_attended <> (select count(*) from"
                                + " treatment_session s where s.referral_id = r.id"
                                + " and s.attendance = 'ATTENDED')"
                                + " or r.sessions_did_not_attend <> (select count(*) from"
                                + " treatment_session s where s.referral_id = r.id"
                                + " and s.attendance = 'DID_NOT_ATTEND')"));
        assertTrue(count("select count(*) from referral where was_triaged") > 0, "some triaged");
        assertTrue(count("select count(*) from referral where was_declined") > 0, "some declined");
        assertTrue(count("select count(*) from referral where sessions_did_not_attend > 0") > 0);
    }

    @Test
    void patientChargedPenceIsTheSumOfThePatientsChargeLines() throws SQLException {
        assertEquals(
                0,
                count(
                        "select count(*) from funding_plan p where p.patient_charged_pence <>"
                                + " coalesce((select sum(c.pence) from charge_line c where"
                                + " c.plan_id = p.id and c.payer = 'PATIENT'), 0)"));
        assertTrue(count("select count(*) from funding_plan where patient_charged_pence > 0") > 0);
    }

    @Test
    void aSlidingScalePlanShowsTheBandChargedAndNoneOnBenefits() throws SQLException {
        assertEquals(
                0,
                count(
                        "select count(*) from funding_plan where receives_benefits = true and"
                                + " (income_band is not null or patient_pence_per_session <> 0)"));
        assertEquals(
                0,
                count(
                        "select count(*) from funding_plan where receives_benefits = false and"
                                + " income_band is null"));
        assertTrue(count("select count(*) from funding_plan where receives_benefits") > 0);
    }

    @Test
    void aMinorityOfBudgetsRunOutDuringTheirYear() {
        assertTrue(
                generated.ranOut() > 0 && generated.ranOut() < generated.budgeted() / 3,
                () -> generated.ranOut() + " of " + generated.budgeted() + " ran out");
    }

    private record Record(String timePoint, List<Score> scores) {
        BigDecimal value(String name) {
            return scores.stream()
                    .filter(s -> s.name().equals(name))
                    .map(Score::value)
                    .findFirst()
                    .orElse(null);
        }
    }

    /** A change as text, numbers compared by value whatever their scale. */
    private static String change(
            String direction,
            BigDecimal baseline,
            BigDecimal end,
            BigDecimal change,
            Boolean improved) {
        return String.join(
                " ",
                direction,
                plain(baseline),
                plain(end),
                plain(change),
                String.valueOf(improved));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, "sa", "sa");
    }
}
