package org.socialprescribing.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

/**
 * Batched inserts into the tables the history fills. Rows of a table wait in its statement's batch;
 * {@link #flush} sends the batches parents first (so foreign keys hold) and commits.
 */
final class HistoryWriter implements AutoCloseable {

    /** The tables in the order their batches are sent: every table after those it references. */
    enum Table {
        PRACTICE("practice", "ods_code, name, pcn_code, icb_code, postcode"),
        PRACTITIONER(
                "practitioner",
                "id, display_name, email, phone, postcode, location, accepting_referrals"),
        PRACTITIONER_THERAPY("practitioner_therapy", "practitioner_id, therapy_code"),
        REGISTRATION(
                "registration",
                "id, practitioner_id, register, register_name, registration_number, expires_on,"
                        + " verified_on"),
        FUNDER("funder", "code, name, funder_type"),
        FUNDING_SCHEME(
                "funding_scheme",
                "id, funder_code, name, route, session_fee_pence, max_sessions, valid_from,"
                        + " valid_to, budget_pence, committed_pence, spent_pence,"
                        + " charge_did_not_attend, split_rule, created_at"),
        FUNDING_SCHEME_COVERAGE("funding_scheme_coverage", "scheme_id, kind, code"),
        FUNDING_SCHEME_CO_FUNDER(
                "funding_scheme_co_funder",
                "scheme_id, funder_code, budget_pence, committed_pence, spent_pence"),
        REFERRAL(
                "referral",
                "id, conversation_id, version, status, practice_ods_code, referrer_name,"
                        + " referrer_professional_code, created_by_user, created_by_role,"
                        + " patient_nhs_number, patient_given_name, patient_family_name,"
                        + " patient_birth_date, patient_postcode, patient_phone, patient_email,"
                        + " patient_interpreter_language, therapy_code, practitioner_id, reason,"
                        + " goals, clinical_summary, urgency, consent_referral_agreed,"
                        + " consent_share_outcomes, delegation_accepted, status_reason,"
                        + " status_comment, sent_at, created_at, updated_at,"
                        + " consecutive_did_not_attend, seconds_to_first_session, was_triaged,"
                        + " was_accepted, was_declined, was_started, sessions_attended,"
                        + " sessions_did_not_attend, source, referrer_role"),
        REFERRAL_EVIDENCE(
                "referral_evidence",
                "referral_id, experience, experience_comment, experience_recorded_at,"
                        + " work_status_baseline, work_status_end, appointments_before,"
                        + " appointments_after, course_ended_at, updated_at"),
        REFERRAL_CONDITION(
                "referral_condition",
                "referral_id, position, condition_text, snomed_code, category"),
        REFERRAL_EVENT(
                "referral_event",
                "referral_id, occurred_at, actor_user, actor_role, actor_organisation, action,"
                        + " from_status, to_status, reason_code, comment, practitioner_id,"
                        + " response_seconds"),
        TREATMENT_SESSION(
                "treatment_session",
                "id, referral_id, scheduled_at, duration_minutes, session_format, delivery_mode,"
                        + " location, attendance, attendance_note, attendance_recorded_at,"
                        + " created_at, version"),
        OUTCOME_RECORD(
                "outcome_record",
                "id, referral_id, measure, time_point, completed_on, answers, vas, scores,"
                        + " urgent_review_needed, recorded_by, recorded_at"),
        OUTCOME_CHANGE(
                "outcome_change",
                "referral_id, measure, score_name, direction, baseline_value, end_value,"
                        + " change_value, improved"),
        SAFETY_ALERT(
                "safety_alert",
                "id, referral_id, severity, what_happened, action_taken, raised_by,"
                        + " raised_automatically, raised_at"),
        FUNDING_PLAN(
                "funding_plan",
                "id, referral_id, scheme_id, status, approved_sessions, session_split,"
                        + " funder_pence_per_session, patient_pence_per_session, committed_pence,"
                        + " spent_pence, released_pence, patient_charged_pence, income_band,"
                        + " receives_benefits,"
                        + " clinical_justification, decision_reason, decided_by, decided_at,"
                        + " approved_at, requested_by, created_at, version"),
        FUNDING_PLAN_FUNDER_SHARE(
                "funding_plan_funder_share",
                "plan_id, funder_code, pence_per_session, committed_pence, spent_pence,"
                        + " released_pence"),
        CHARGE_LINE(
                "charge_line",
                "id, plan_id, referral_id, session_id, payer, pence, reason, created_at, paid_at");

        final String name;
        final String columns;

        Table(String name, String columns) {
            this.name = name;
            this.columns = columns;
        }

        String insert() {
            int count = columns.split(",").length;
            return "insert into "
                    + name
                    + " ("
                    + columns
                    + ") values ("
                    + "?, ".repeat(count - 1)
                    + "?)";
        }
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final Connection connection;
    private final Map<Table, PreparedStatement> statements = new EnumMap<>(Table.class);
    private final Map<Table, Long> written = new EnumMap<>(Table.class);

    HistoryWriter(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        for (Table table : Table.values()) {
            statements.put(table, connection.prepareStatement(table.insert()));
            written.put(table, 0L);
        }
    }

    /** Adds a row to its table's batch; instants are stored as UTC timestamps with time zone. */
    void row(Table table, Object... values) {
        try {
            PreparedStatement statement = statements.get(table);
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                statement.setObject(
                        i + 1,
                        value instanceof Instant instant
                                ? instant.atOffset(ZoneOffset.UTC)
                                : value);
            }
            statement.addBatch();
            written.merge(table, 1L, Long::sum);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot add a row to " + table.name, e);
        }
    }

    /** Sends every waiting batch, parents first, and commits them together. */
    void flush() {
        try {
            for (Table table : Table.values()) {
                statements.get(table).executeBatch();
            }
            connection.commit();
        } catch (SQLException e) {
            SQLException cause = e.getNextException() == null ? e : e.getNextException();
            throw new IllegalStateException("a batch failed: " + cause.getMessage(), e);
        }
    }

    /** A value as the JSON text a JSON column holds. */
    String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    long rows() {
        return written.values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
    }
}
