package org.socialprescribing.referral.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.directory.practice.Practice;
import org.socialprescribing.referral.api.ReferralRequest;
import org.socialprescribing.referral.domain.ConditionCategory;
import org.socialprescribing.referral.persistence.Condition;
import org.socialprescribing.referral.persistence.Patient;
import org.socialprescribing.referral.persistence.Referral;

/**
 * Builds a new referral entity from the request; status and practitioner are the service's to set.
 */
final class ReferralFactory {
    private ReferralFactory() {}

    static Referral fromRequest(
            ReferralRequest request,
            Practice practice,
            Caller caller,
            Instant now,
            UUID conversationId) {
        Referral referral = new Referral();
        referral.conversationId = conversationId;
        referral.practice = practice;
        referral.referrerName = request.referrer().name();
        referral.referrerProfessionalCode = request.referrer().professionalCode();
        referral.referrerRole = request.referrer().role();
        referral.source = request.sourceOrDefault();
        referral.createdByUser = caller.userId();
        referral.createdByRole = caller.primaryRole().roleName();
        referral.patient = patient(request.patient());
        referral.conditions = conditions(request.conditions());
        referral.therapyCode = request.therapyCode();
        referral.reason = request.reason();
        referral.goals = request.goals();
        referral.clinicalSummary = request.clinicalSummary();
        referral.medications = copy(request.medications());
        referral.redFlags = copy(request.redFlags());
        referral.urgency = request.urgency();
        referral.consentReferralAgreed = request.consent().referralAgreed();
        referral.consentShareOutcomesWithGp = request.consent().shareOutcomesWithGp();
        referral.delegationAccepted = Boolean.TRUE.equals(request.delegationAccepted());
        referral.createdAt = now;
        referral.updatedAt = now;
        return referral;
    }

    private static Patient patient(ReferralRequest.PatientDetails details) {
        Patient patient = new Patient();
        patient.nhsNumber = details.nhsNumber();
        patient.givenName = details.givenName();
        patient.familyName = details.familyName();
        patient.birthDate = details.birthDate();
        patient.postcode = details.postcode() == null ? null : details.postcode().toUpperCase();
        patient.phone = details.phone();
        patient.email = details.email();
        patient.interpreterLanguage = details.interpreterLanguage();
        return patient;
    }

    /** The conditions in the referrer's order, each category's first marked as counting it. */
    private static List<Condition> conditions(List<ReferralRequest.ConditionDetails> requested) {
        List<Condition> conditions = new ArrayList<>();
        Set<ConditionCategory> named = EnumSet.noneOf(ConditionCategory.class);
        for (ReferralRequest.ConditionDetails details : requested) {
            Condition condition = new Condition();
            condition.text = details.text();
            condition.snomedCode = details.snomedCode();
            condition.category = details.category();
            condition.firstOfCategory = named.add(details.category());
            conditions.add(condition);
        }
        return conditions;
    }

    private static List<String> copy(List<String> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values);
    }
}
