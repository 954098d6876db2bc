package org.socialprescribing.referral.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.common.security.Role;
import org.socialprescribing.common.web.Params;
import org.socialprescribing.directory.practice.Practice;
import org.socialprescribing.referral.domain.Side;
import org.socialprescribing.referral.persistence.Referral;

/**
 * The record-level rules, in one place: a GP sees its own practice's referrals, a link worker those
 * of practices in its network, a practitioner those sent to it, an admin all of them; a
 * commissioner none (it never sees patient-identifiable referrals).
 */
@ApplicationScoped
public class ReferralAccess {
    private static final UUID NO_PRACTITIONER = new UUID(0, 0);

    public boolean canSee(Caller caller, Referral referral) {
        return caller.has(Role.ADMIN) || !sides(caller, referral).isEmpty();
    }

    /** The sides of this referral the caller stands on: referrer, performer, or none. */
    public Set<Side> sides(Caller caller, Referral referral) {
        Set<Side> sides = EnumSet.noneOf(Side.class);
        if (isReferrer(caller, referral.practice)) {
            sides.add(Side.REFERRER);
        }
        if (referral.practitionerId != null
                && caller.organisation(Role.PRACTITIONER)
                        .flatMap(Params::uuid)
                        .filter(referral.practitionerId::equals)
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
        boolean gp = caller.organisation(Role.GP).filter(practice.odsCode::equals).isPresent();
        boolean linkWorker =
                caller.organisation(Role.LINK_WORKER).filter(practice.pcnCode::equals).isPresent();
        return gp || linkWorker;
    }

    public void requireReferrer(Caller caller, Practice practice) {
        if (!isReferrer(caller, practice)) {
            throw DomainException.forbidden(
                    "You may only refer patients of your own practice or network");
        }
    }

    /** A JPQL condition on {@code r} that selects exactly the referrals the caller may see. */
    public Scope scope(Caller caller) {
        if (caller.has(Role.ADMIN)) {
            return new Scope("1 = 1", new Parameters());
        }
        StringBuilder clause = new StringBuilder();
        Parameters params = new Parameters();
        caller.organisation(Role.GP)
                .ifPresent(
                        ods -> {
                            or(clause, "r.practice.odsCode = :scopeOds");
                            params.and("scopeOds", ods);
                        });
        caller.organisation(Role.LINK_WORKER)
                .ifPresent(
                        pcn -> {
                            or(clause, "r.practice.pcnCode = :scopePcn");
                            params.and("scopePcn", pcn);
                        });
        caller.organisation(Role.PRACTITIONER)
                .ifPresent(
                        id -> {
                            // A practitioner_id that is not a UUID names no practitioner, so it
                            // sees nothing.
                            or(clause, "r.practitionerId = :scopePractitioner");
                            params.and(
                                    "scopePractitioner", Params.uuid(id).orElse(NO_PRACTITIONER));
                        });
        if (clause.length() == 0) {
            throw DomainException.forbidden("Your role does not see referrals");
        }
        return new Scope("(" + clause + ")", params);
    }

    private static void or(StringBuilder clause, String condition) {
        if (clause.length() > 0) {
            clause.append(" or ");
        }
        clause.append(condition);
    }

    public record Scope(String clause, Parameters parameters) {}
}
