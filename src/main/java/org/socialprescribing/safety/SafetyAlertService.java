package org.socialprescribing.safety;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.socialprescribing.audit.AuditAction;
import org.socialprescribing.audit.AuditLog;
import org.socialprescribing.common.id.TimeOrderedIds;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.common.time.UkTime;
import org.socialprescribing.feed.ChangeEventType;
import org.socialprescribing.feed.ChangeFeed;
import org.socialprescribing.inbox.Inbox;
import org.socialprescribing.inbox.InboxKind;
import org.socialprescribing.observability.metrics.DomainMetrics;
import org.socialprescribing.referral.domain.Side;
import org.socialprescribing.referral.service.ReferralFacts;
import org.socialprescribing.referral.service.ReferralGate;
import org.socialprescribing.safety.SafetyAlertApi.SafetyAlertRequest;
import org.socialprescribing.safety.SafetyAlertApi.SafetyAlertView;

/** Safety concerns: raised by the practitioner (or automatically), delivered urgent to the GP. */
@ApplicationScoped
public class SafetyAlertService {
    private final SafetyAlertRepository alerts;
    private final ReferralGate referrals;
    private final Inbox inbox;
    private final ChangeFeed feed;
    private final AuditLog audit;
    private final Clock clock;
    private final DomainMetrics metrics;

    public SafetyAlertService(
            SafetyAlertRepository alerts,
            ReferralGate referrals,
            Inbox inbox,
            ChangeFeed feed,
            AuditLog audit,
            Clock clock,
            DomainMetrics metrics) {
        this.alerts = alerts;
        this.referrals = referrals;
        this.inbox = inbox;
        this.feed = feed;
        this.audit = audit;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** At any point in the referral, by the practitioner it was sent to. */
    @Transactional
    public SafetyAlertView raise(Caller caller, UUID referralId, SafetyAlertRequest request) {
        ReferralFacts referral = referrals.forParty(caller, referralId, Side.PERFORMER);
        SafetyAlert alert =
                record(
                        referral,
                        caller.userId(),
                        request.severity(),
                        request.whatHappened(),
                        request.actionTaken(),
                        false);
        audit.record(caller, AuditAction.SAFETY_ALERT_RAISED, referral.id());
        return view(alert);
    }

    /** Raised by the API itself when something recorded is itself a safety signal. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void raiseAutomatically(
            ReferralFacts referral, String whatHappened, String actionTaken) {
        record(referral, "system", Severity.HIGH, whatHappened, actionTaken, true);
    }

    @Transactional
    public List<SafetyAlertView> list(Caller caller, UUID referralId) {
        ReferralFacts referral = referrals.forReader(caller, referralId);
        audit.record(caller, AuditAction.SAFETY_ALERTS_READ, referral.id());
        return alerts.ofReferral(referral.id()).stream().map(this::view).toList();
    }

    private SafetyAlert record(
            ReferralFacts referral,
            String raisedBy,
            Severity severity,
            String whatHappened,
            String actionTaken,
            boolean automatic) {
        SafetyAlert alert = new SafetyAlert();
        alert.id = TimeOrderedIds.next();
        alert.referralId = referral.id();
        alert.severity = severity;
        alert.whatHappened = whatHappened;
        alert.actionTaken = actionTaken;
        alert.raisedBy = raisedBy;
        alert.raisedAutomatically = automatic;
        alert.raisedAt = UkTime.now(clock);
        alerts.persist(alert);
        inbox.deliver(
                referral.practiceOdsCode(),
                referral.id(),
                InboxKind.SAFETY_ALERT,
                alert.id,
                true,
                "Safety alert (" + severity + "): " + referral.patient().label());
        feed.publish(ChangeEventType.SAFETY_ALERT_RAISED, referral.origin(), alert.id);
        metrics.safetyAlertRaised(severity.name(), automatic);
        return alert;
    }

    private SafetyAlertView view(SafetyAlert alert) {
        return new SafetyAlertView(
                alert.id,
                alert.referralId,
                alert.severity,
                alert.whatHappened,
                alert.actionTaken,
                alert.raisedAutomatically,
                alert.raisedAt,
                inbox.isAcknowledged(alert.id));
    }
}
