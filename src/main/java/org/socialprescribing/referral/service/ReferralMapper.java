package org.socialprescribing.referral.service;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.socialprescribing.feed.ChangeFeed;
import org.socialprescribing.referral.api.ReferralEventView;
import org.socialprescribing.referral.api.ReferralSummary;
import org.socialprescribing.referral.api.ReferralView;
import org.socialprescribing.referral.domain.ReferralAction;
import org.socialprescribing.referral.domain.ReferralLifecycle;
import org.socialprescribing.referral.domain.Side;
import org.socialprescribing.referral.persistence.Condition;
import org.socialprescribing.referral.persistence.ListedReferral;
import org.socialprescribing.referral.persistence.Patient;
import org.socialprescribing.referral.persistence.Referral;
import org.socialprescribing.referral.persistence.ReferralEvent;

/** Entity to wire shape; runs inside the service's transaction so lazy collections can load. */
final class ReferralMapper {
    private ReferralMapper() {}

    static ReferralFacts facts(Referral r) {
        Patient p = r.patient;
        return new ReferralFacts(
                r.id,
                r.status,
                r.statusReason,
                r.practice.odsCode,
                r.practice.name,
                r.referrerName,
                new ReferralFacts.Patient(
                        p.nhsNumber, p.givenName, p.familyName, p.birthDate, p.postcode),
                r.therapyCode,
                r.practitionerId,
                r.reason,
                r.urgency,
                r.consentShareOutcomesWithGp,
                r.consecutiveDidNotAttend,
                r.createdAt,
                r.source);
    }

    static ChangeFeed.Origin origin(Referral r) {
        return new ChangeFeed.Origin(r.id, r.practice.odsCode, r.practitionerId);
    }

    /** The referral with the actions open to a caller on these sides. */
    static ReferralView view(Referral r, Set<Side> sides) {
        List<ReferralAction> allowed = ReferralLifecycle.open(r.status, sides);
        Patient p = r.patient;
        return new ReferralView(
                r.id,
                r.conversationId,
                r.status,
                r.statusReason,
                r.statusComment,
                names(allowed),
                r.practice.odsCode,
                new ReferralView.Referrer(
                        r.referrerName, r.referrerProfessionalCode, r.referrerRole),
                new ReferralView.Patient(
                        p.nhsNumber,
                        p.givenName,
                        p.familyName,
                        p.birthDate,
                        p.postcode,
                        p.phone,
                        p.email,
                        p.interpreterLanguage),
                r.conditions.stream().map(ReferralMapper::condition).toList(),
                r.therapyCode,
                r.practitionerId,
                r.reason,
                r.goals,
                r.clinicalSummary,
                List.copyOf(r.medications),
                List.copyOf(r.redFlags),
                r.urgency,
                new ReferralView.Consent(r.consentReferralAgreed, r.consentShareOutcomesWithGp),
                r.delegationAccepted,
                r.consecutiveDidNotAttend,
                r.consecutiveDidNotAttend >= 2,
                r.version,
                r.sentAt,
                r.createdAt,
                r.updatedAt,
                r.source);
    }

    static ReferralSummary summary(ListedReferral r, Set<Side> sides) {
        List<ReferralAction> allowed = ReferralLifecycle.open(r.status(), sides);
        return new ReferralSummary(
                r.id(),
                r.status(),
                r.practiceOdsCode(),
                r.nhsNumber(),
                r.givenName() + " " + r.familyName(),
                r.therapyCode(),
                r.practitionerId(),
                r.urgency(),
                names(allowed),
                r.createdAt(),
                r.updatedAt(),
                r.source());
    }

    static ReferralEventView event(ReferralEvent e) {
        return new ReferralEventView(
                e.id,
                e.occurredAt,
                e.actorUser,
                e.actorRole,
                e.actorOrganisation,
                e.action,
                e.fromStatus,
                e.toStatus,
                e.reasonCode,
                e.comment,
                e.practitionerId);
    }

    private static ReferralView.Condition condition(Condition c) {
        return new ReferralView.Condition(c.text, c.snomedCode, c.category);
    }

    private static List<String> names(List<ReferralAction> actions) {
        return actions.stream()
                .map(ReferralAction::offeredAs)
                .flatMap(Optional::stream)
                .distinct()
                .toList();
    }
}
