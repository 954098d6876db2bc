package org.socialprescribing.referral.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.socialprescribing.audit.AuditAction;
import org.socialprescribing.audit.AuditLog;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.referral.api.ReferralEventView;
import org.socialprescribing.referral.api.ReferralSummary;
import org.socialprescribing.referral.api.ReferralView;
import org.socialprescribing.referral.domain.ReferralFilter;
import org.socialprescribing.referral.persistence.ListedReferral;
import org.socialprescribing.referral.persistence.ReferralEventRepository;
import org.socialprescribing.referral.persistence.ReferralRepository;

/** Reading referrals within the caller's scope; every read of patient data is audited. */
@ApplicationScoped
public class ReferralReading {
    private final ReferralRepository referrals;
    private final ReferralEventRepository events;
    private final ReferralAccess access;
    private final ReferralGate gate;
    private final AuditLog audit;

    public ReferralReading(
            ReferralRepository referrals,
            ReferralEventRepository events,
            ReferralAccess access,
            ReferralGate gate,
            AuditLog audit) {
        this.referrals = referrals;
        this.events = events;
        this.access = access;
        this.gate = gate;
        this.audit = audit;
    }

    @Transactional
    public Optional<ReferralView> find(Caller caller, UUID id) {
        return gate.visible(caller, id)
                .map(
                        referral -> {
                            audit.record(caller, AuditAction.REFERRAL_READ, referral.id);
                            return ReferralMapper.view(referral, access.sides(caller, referral));
                        });
    }

    @Transactional
    public Optional<List<ReferralEventView>> history(Caller caller, UUID id) {
        return gate.visible(caller, id)
                .map(
                        referral -> {
                            audit.record(caller, AuditAction.REFERRAL_HISTORY_READ, referral.id);
                            return events.history(referral.id).stream()
                                    .map(ReferralMapper::event)
                                    .toList();
                        });
    }

    /** A page of the referrals the caller may see, newest first, with the next page's cursor. */
    @Transactional
    public ReferralSummary.Page list(
            Caller caller, ReferralFilter filter, String cursor, int limit) {
        ReferralRepository.Scope scope = access.scope(caller);
        ReferralRepository.Position after =
                cursor == null ? null : ReferralCursor.decode(cursor).position();
        List<ListedReferral> found = referrals.page(scope, filter, after, limit);
        List<ListedReferral> page = found.size() > limit ? found.subList(0, limit) : found;
        audit.recordEach(
                caller,
                AuditAction.REFERRAL_LISTED,
                page.stream().map(ListedReferral::id).toList());
        String next = found.size() > limit ? ReferralCursor.after(last(page)).encode() : null;
        List<ReferralSummary> items =
                page.stream().map(r -> ReferralMapper.summary(r, access.sides(caller, r))).toList();
        return new ReferralSummary.Page(items, next);
    }

    private static ListedReferral last(List<ListedReferral> page) {
        return page.get(page.size() - 1);
    }
}
