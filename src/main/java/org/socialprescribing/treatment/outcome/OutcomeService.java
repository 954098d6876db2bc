package org.socialprescribing.treatment.outcome;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.socialprescribing.audit.AuditAction;
import org.socialprescribing.audit.AuditLog;
import org.socialprescribing.common.id.TimeOrderedIds;
import org.socialprescribing.common.json.JsonText;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.common.security.Role;
import org.socialprescribing.common.time.UkTime;
import org.socialprescribing.referral.domain.Side;
import org.socialprescribing.referral.service.ReferralFacts;
import org.socialprescribing.referral.service.ReferralGate;
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
    /** What the GP is told in place of outcomes the patient did not consent to share. */
    public static final String NOT_SHARED =
            "The patient did not consent to outcome measures being shared with the GP.";

    private static final TypeReference<List<Score>> SCORES = new TypeReference<>() {};

    private final OutcomeRecordRepository records;
    private final OutcomeChangeRepository kept;
    private final ReferralGate referrals;
    private final SafetyAlertService safetyAlerts;
    private final AuditLog audit;
    private final JsonText json;
    private final Clock clock;

    public OutcomeService(
            OutcomeRecordRepository records,
            OutcomeChangeRepository kept,
            ReferralGate referrals,
            SafetyAlertService safetyAlerts,
            AuditLog audit,
            JsonText json,
            Clock clock) {
        this.records = records;
        this.kept = kept;
        this.referrals = referrals;
        this.safetyAlerts = safetyAlerts;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public OutcomeRecordView record(Caller caller, UUID referralId, OutcomeRequest request) {
        ReferralFacts referral =
                referrals.forTreatment(caller, referralId, "Outcomes are recorded");
        ScoredOutcome scored =
                OutcomeScoring.score(request.measure(), request.answers(), request.vas());
        OutcomeRecord record = new OutcomeRecord();
        record.id = TimeOrderedIds.next();
        record.referralId = referral.id();
        record.measure = request.measure();
        record.timePoint = request.timePoint();
        record.completedOn = request.completedOn();
        record.answers =
                request.answers().stream().map(String::valueOf).collect(Collectors.joining(","));
        record.vas = request.vas();
        record.scores = json.write(scored.scores());
        record.urgentReviewNeeded = scored.urgentReviewNeeded();
        record.recordedBy = caller.userId();
        record.recordedAt = UkTime.now(clock);
        records.persist(record);
        keepChangesInStep(referral.id());
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
        audit.record(caller, AuditAction.OUTCOME_RECORDED, referral.id());
        return view(record);
    }

    @Transactional
    public OutcomeSummary summary(Caller caller, UUID referralId) {
        ReferralFacts referral = referrals.forReader(caller, referralId);
        audit.record(caller, AuditAction.OUTCOMES_READ, referral.id());
        boolean referrerOnly =
                !referrals.sides(caller, referral.id()).contains(Side.PERFORMER)
                        && !caller.has(Role.ADMIN);
        if (referrerOnly && !referral.consentShareOutcomesWithGp()) {
            return new OutcomeSummary(false, NOT_SHARED, List.of(), List.of());
        }
        List<OutcomeRecord> taken = records.ofReferral(referral.id());
        return new OutcomeSummary(
                true, null, changes(taken), taken.stream().map(this::view).toList());
    }

    /** Each score's baseline, latest and change, as the treatment-summary letter reports them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ScoreChange> changes(UUID referralId) {
        return changes(records.ofReferral(referralId));
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
        kept.replace(
                referralId,
                changes(referralId).stream()
                        .filter(change -> change.baseline() != null)
                        .map(change -> kept(referralId, change))
                        .toList());
    }

    private static OutcomeChange kept(UUID referralId, ScoreChange change) {
        OutcomeChange kept = new OutcomeChange();
        kept.key = new OutcomeChange.Key(referralId, change.measure(), change.score());
        kept.direction = change.direction();
        kept.baselineValue = change.baseline();
        kept.endValue = change.latest();
        kept.changeValue = change.change();
        kept.improved = change.meaningfulImprovement();
        return kept;
    }

    private BigDecimal value(OutcomeRecord record, String scoreName) {
        return read(record.scores).stream()
                .filter(s -> s.name().equals(scoreName))
                .map(Score::value)
                .findFirst()
                .orElse(null);
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

    private List<Score> read(String scores) {
        return json.read(scores, SCORES);
    }
}
