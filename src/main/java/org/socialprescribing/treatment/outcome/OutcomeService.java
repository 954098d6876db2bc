package org.socialprescribing.treatment.outcome;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.socialprescribing.audit.AuditAction;
import org.socialprescribing.audit.AuditLog;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.common.security.Role;
import org.socialprescribing.letter.LetterContent;
import org.socialprescribing.referral.domain.Side;
import org.socialprescribing.referral.persistence.Referral;
import org.socialprescribing.referral.service.ReferralService;
import org.socialprescribing.safety.SafetyAlertService;
import org.socialprescribing.treatment.outcome.OutcomeApi.OutcomeRecordView;
import org.socialprescribing.treatment.outcome.OutcomeApi.OutcomeRequest;
import org.socialprescribing.treatment.outcome.OutcomeApi.OutcomeSummary;
import org.socialprescribing.treatment.outcome.OutcomeApi.ScoreChange;

/**
 * Recording outcome measures (scored by the API, never by the client) and reporting each score's
 * baseline, latest and change. What reaches the GP respects the patient's consent to sharing.
 */
@ApplicationScoped
public class OutcomeService {
    static final String NOT_SHARED =
            "The patient did not consent to outcome measures being shared with the GP.";
    private static final TypeReference<List<Score>> SCORES = new TypeReference<>() {};

    private final EntityManager entityManager;
    private final ReferralService referrals;
    private final SafetyAlertService safetyAlerts;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;

    public OutcomeService(
            EntityManager entityManager,
            ReferralService referrals,
            SafetyAlertService safetyAlerts,
            AuditLog audit,
            ObjectMapper json,
            Clock clock) {
        this.entityManager = entityManager;
        this.referrals = referrals;
        this.safetyAlerts = safetyAlerts;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public OutcomeRecordView record(Caller caller, UUID referralId, OutcomeRequest request) {
        Referral referral =
                referrals.inTreatmentForPerformer(caller, referralId, "Outcomes are recorded");
        ScoredOutcome scored =
                OutcomeScoring.score(request.measure(), request.answers(), request.vas());
        OutcomeRecord record = new OutcomeRecord();
        record.id = UUID.randomUUID();
        record.referralId = referral.id;
        record.measure = request.measure();
        record.timePoint = request.timePoint();
        record.completedOn = request.completedOn();
        record.answers =
                request.answers().stream().map(String::valueOf).collect(Collectors.joining(","));
        record.vas = request.vas();
        record.scores = write(scored.scores());
        record.urgentReviewNeeded = scored.urgentReviewNeeded();
        record.recordedBy = caller.userId();
        record.recordedAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        entityManager.persist(record);
        keepChangesInStep(referral.id);
        if (scored.urgentReviewNeeded()) {
            safetyAlerts.raiseAutomatically(
                    referral,
                    "PHQ-9 completed on "
                            + request.completedOn()
                            + ": item 9 (thoughts of being better off dead or of self-harm) was"
                            + " answered "
                            + request.answers().get(8)
                            + " (0 to 3). Urgent clinical review is needed.",
                    "Alert raised automatically when the answers were recorded.");
        }
        audit.record(caller, AuditAction.OUTCOME_RECORDED, referral.id);
        return view(record);
    }

    @Transactional
    public OutcomeSummary summary(Caller caller, UUID referralId) {
        Referral referral = referrals.forReader(caller, referralId);
        audit.record(caller, AuditAction.OUTCOMES_READ, referral.id);
        boolean referrerOnly =
                !referrals.sides(caller, referral).contains(Side.PERFORMER)
                        && !caller.has(Role.ADMIN);
        if (referrerOnly && !referral.consentShareOutcomesWithGp) {
            return new OutcomeSummary(false, NOT_SHARED, List.of(), List.of());
        }
        List<OutcomeRecord> records = recordsOf(referral.id);
        return new OutcomeSummary(
                true, null, changes(records), records.stream().map(this::view).toList());
    }

    /** Baseline to end for the letter, or the consent note in their place. */
    @Transactional(Transactional.TxType.MANDATORY)
    public LetterContent.Outcomes forLetter(Referral referral) {
        if (!referral.consentShareOutcomesWithGp) {
            return new LetterContent.Outcomes(false, NOT_SHARED, List.of());
        }
        List<LetterContent.OutcomeLine> lines =
                changes(recordsOf(referral.id)).stream()
                        .map(
                                c ->
                                        new LetterContent.OutcomeLine(
                                                c.measure().displayName(),
                                                c.score(),
                                                c.baseline(),
                                                c.latest(),
                                                c.change(),
                                                c.meaningfulImprovement()))
                        .toList();
        return new LetterContent.Outcomes(
                true, lines.isEmpty() ? "No outcome measures were recorded." : null, lines);
    }

    /**
     * For each measure and score: the baseline (the first record marked baseline, else the first),
     * the latest later record, and the change between them.
     */
    private List<ScoreChange> changes(List<OutcomeRecord> records) {
        Map<OutcomeMeasure, List<OutcomeRecord>> byMeasure = new LinkedHashMap<>();
        Arrays.stream(OutcomeMeasure.values()).forEach(m -> byMeasure.put(m, new ArrayList<>()));
        records.forEach(r -> byMeasure.get(r.measure).add(r));
        List<ScoreChange> changes = new ArrayList<>();
        byMeasure.forEach(
                (measure, taken) -> {
                    if (taken.isEmpty()) {
                        return;
                    }
                    OutcomeRecord baseline =
                            taken.stream()
                                    .filter(r -> r.timePoint == TimePoint.BASELINE)
                                    .findFirst()
                                    .orElse(taken.get(0));
                    OutcomeRecord last = taken.get(taken.size() - 1);
                    OutcomeRecord latest = last == baseline ? null : last;
                    for (String name : OutcomeScoring.scoreNames(measure)) {
                        BigDecimal from = value(baseline, name);
                        BigDecimal to = latest == null ? null : value(latest, name);
                        changes.add(
                                new ScoreChange(
                                        measure,
                                        name,
                                        OutcomeScoring.direction(measure, name),
                                        from,
                                        baseline.completedOn,
                                        to,
                                        latest == null ? null : latest.completedOn,
                                        latest == null ? null : latest.timePoint,
                                        to == null ? null : to.subtract(from),
                                        OutcomeScoring.meaningfulImprovement(
                                                measure, name, from, to)));
                    }
                });
        return changes;
    }

    /** Rewrites the referral's maintained changes, which the outcome report aggregates. */
    private void keepChangesInStep(UUID referralId) {
        entityManager
                .createQuery("delete from OutcomeChange c where c.key.referralId = :referral")
                .setParameter("referral", referralId)
                .executeUpdate();
        for (ScoreChange change : changes(recordsOf(referralId))) {
            if (change.baseline() == null) {
                continue;
            }
            OutcomeChange kept = new OutcomeChange();
            kept.key = new OutcomeChange.Key(referralId, change.measure(), change.score());
            kept.direction = change.direction();
            kept.baselineValue = change.baseline();
            kept.endValue = change.latest();
            kept.changeValue = change.change();
            kept.improved = change.meaningfulImprovement();
            entityManager.persist(kept);
        }
    }

    private BigDecimal value(OutcomeRecord record, String scoreName) {
        return read(record.scores).stream()
                .filter(s -> s.name().equals(scoreName))
                .map(Score::value)
                .findFirst()
                .orElse(null);
    }

    private List<OutcomeRecord> recordsOf(UUID referralId) {
        return entityManager
                .createQuery(
                        "from OutcomeRecord o where o.referralId = :referral"
                                + " order by o.completedOn, o.recordedAt",
                        OutcomeRecord.class)
                .setParameter("referral", referralId)
                .getResultList();
    }

    private OutcomeRecordView view(OutcomeRecord record) {
        return new OutcomeRecordView(
                record.id,
                record.measure,
                record.timePoint,
                record.completedOn,
                Arrays.stream(record.answers.split(",")).map(Integer::valueOf).toList(),
                record.vas,
                read(record.scores),
                record.urgentReviewNeeded,
                record.recordedAt);
    }

    private String write(List<Score> scores) {
        try {
            return json.writeValueAsString(scores);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store scores", e);
        }
    }

    private List<Score> read(String scores) {
        try {
            return json.readValue(scores, SCORES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored scores are unreadable", e);
        }
    }
}
