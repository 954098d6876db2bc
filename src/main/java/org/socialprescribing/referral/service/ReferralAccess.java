package org.socialprescribing.referral.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.common.security.Role;
import org.socialprescribing.common.security.TenancyScope;
import org.socialprescribing.common.web.Params;
import org.socialprescribing.directory.practice.Practice;
import org.socialprescribing.referral.domain.ReferralSource;
import org.socialprescribing.referral.domain.Side;
import org.socialprescribing.referral.persistence.ListedReferral;
import org.socialprescribing.referral.persistence.Referral;
import org.socialprescribing.referral.persistence.ReferralRepository;

/**
 * The record-level rules, in one place: a GP sees its own practice's referrals, a link worker those
 * of practices in its network, a practitioner those sent to it, an admin all of them; a
 * commissioner none (it never sees patient-identifiable referrals).
 */
@ApplicationScoped
public class ReferralAccess {

    public boolean canSee(Caller caller, Referral referral) {
        return caller.has(Role.ADMIN) || !sides(caller, referral).isEmpty();
    }

    /** The sides of this referral the caller stands on: referrer, performer, or none. */
    public Set<Side> sides(Caller caller, Referral referral) {
        return sides(
                caller,
                referral.practice.odsCode,
                referral.practice.pcnCode,
                referral.practitionerId);
    }

    /** As {@link #sides(Caller, Referral)}, for a line of the referral list. */
    public Set<Side> sides(Caller caller, ListedReferral referral) {
        return sides(
                caller,
                referral.practiceOdsCode(),
                referral.practicePcnCode(),
                referral.practitionerId());
    }

    private static Set<Side> sides(
            Caller caller, String practiceOdsCode, String pcnCode, UUID practitionerId) {
        Set<Side> sides = EnumSet.noneOf(Side.class);
        if (isReferrer(caller, practiceOdsCode, pcnCode)) {
            sides.add(Side.REFERRER);
        }
        if (practitionerId != null
                && caller.organisation(Role.PRACTITIONER)
                        .flatMap(Params::uuid)
                        .filter(practitionerId::equals)
                        .isPresent()) {
            sides.add(Side.PERFORMER);
        }
        return sides;
    }

    /**
     * Whether the caller may refer patients of this practice (its GP, or its network's link
     * worker).
     */
    public boolean isReferrer(Caller caller, Practice practice) {
        return isReferrer(caller, practice.odsCode, practice.pcnCode);
    }

    private static boolean isReferrer(Caller caller, String practiceOdsCode, String pcnCode) {
        boolean gp = caller.organisation(Role.GP).filter(practiceOdsCode::equals).isPresent();
        boolean linkWorker =
                caller.organisation(Role.LINK_WORKER).filter(pcnCode::equals).isPresent();
        return gp || linkWorker;
    }

    public void requireReferrer(Caller caller, Practice practice) {
        if (!isReferrer(caller, practice)) {
            throw DomainException.forbidden(
                    "You may only refer patients of your own practice or network");
        }
    }

    /**
     * Refuses a caller who may not record this referral: a GP records only its own practice's
     * referrals; a link worker any route for the practices of its network; a practitioner a
     * self-referral or one from another professional or an organisation, for a patient of any
     * practice, sent to itself only. Returns the practitioner the referral goes to, if any.
     */
    public UUID requireMayRecord(
            Caller caller, Practice practice, ReferralSource source, UUID practitionerId) {
        Set<Role> roles = source.recordedBy();
        boolean gp =
                roles.contains(Role.GP)
                        && caller.organisation(Role.GP)
                                .filter(practice.odsCode::equals)
                                .isPresent();
        boolean linkWorker =
                caller.organisation(Role.LINK_WORKER).filter(practice.pcnCode::equals).isPresent();
        if (gp || linkWorker) {
            return practitionerId;
        }
        Optional<UUID> self = caller.organisation(Role.PRACTITIONER).flatMap(Params::uuid);
        if (self.isEmpty() || !roles.contains(Role.PRACTITIONER)) {
            throw DomainException.forbidden(
                    source == ReferralSource.GP_PRACTICE
                            ? "You may only refer patients of your own practice or network"
                            : "A "
                                    + source
                                    + " referral is recorded by a link worker of the patient's"
                                    + " network or by the practitioner who receives it");
        }
        if (practitionerId != null && !practitionerId.equals(self.get())) {
            throw DomainException.forbidden(
                    "A practitioner records referrals that come to itself only");
        }
        return self.get();
    }

    /** A JPQL condition on {@code r} that selects exactly the referrals the caller may see. */
    public ReferralRepository.Scope scope(Caller caller) {
        Map<String, Object> values = new HashMap<>();
        String clause =
                TenancyScope.condition(caller, "r.practice.odsCode", "r.practitionerId", values)
                        .orElseThrow(
                                () ->
                                        DomainException.forbidden(
                                                "Your role does not see referrals"));
        return new ReferralRepository.Scope(clause, values);
    }
}
