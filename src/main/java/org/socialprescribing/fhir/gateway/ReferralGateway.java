package org.socialprescribing.fhir.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.common.security.CurrentCaller;
import org.socialprescribing.directory.practitioner.PractitionerApi.PractitionerView;
import org.socialprescribing.directory.practitioner.PractitionerService;
import org.socialprescribing.directory.therapy.TherapyApi.TherapyView;
import org.socialprescribing.directory.therapy.TherapyService;
import org.socialprescribing.referral.api.ActionRequests;
import org.socialprescribing.referral.api.ReferralRequest;
import org.socialprescribing.referral.api.ReferralSummary;
import org.socialprescribing.referral.api.ReferralView;
import org.socialprescribing.referral.domain.ReferralFilter;
import org.socialprescribing.referral.service.ReferralCreation;
import org.socialprescribing.referral.service.ReferralReading;
import org.socialprescribing.referral.service.ReferralTransitions;

/**
 * The one door from the FHIR interface into referrals and the directory: every call goes to the
 * class the REST API calls (creation, reading, transitions, the directory's services), as the
 * current caller, so access, tenancy, the lifecycle, idempotency and audit are theirs.
 */
@ApplicationScoped
public class ReferralGateway {
    private final ReferralCreation creation;
    private final ReferralReading reading;
    private final ReferralTransitions transitions;
    private final TherapyService therapies;
    private final PractitionerService practitioners;
    private final CurrentCaller currentCaller;

    public ReferralGateway(
            ReferralCreation creation,
            ReferralReading reading,
            ReferralTransitions transitions,
            TherapyService therapies,
            PractitionerService practitioners,
            CurrentCaller currentCaller) {
        this.creation = creation;
        this.reading = reading;
        this.transitions = transitions;
        this.therapies = therapies;
        this.practitioners = practitioners;
        this.currentCaller = currentCaller;
    }

    /** The referral and whether an earlier try of the same request created it. */
    public record Created(ReferralView referral, boolean replayed) {}

    /** A page of referrals, and the cursor of the next page if there is one. */
    public record Page(List<ReferralView> referrals, String nextCursor) {}

    /** Creates the referral once per request id, as {@code POST /api/v1/referrals} does. */
    public Created create(
            String requestId, ReferralRequest request, UUID conversationId, String fingerprint) {
        ReferralCreation.Created created =
                creation.create(
                        caller(),
                        requestId,
                        request,
                        new ReferralCreation.Message(conversationId, fingerprint));
        return new Created(created.referral(), created.replayed());
    }

    /** The lifecycle's cancel action, as {@code POST /api/v1/referrals/{id}/cancel}. */
    public ReferralView cancel(UUID id, String ifMatch, String reason) {
        return transitions.cancel(caller(), id, ifMatch, new ActionRequests.Cancel(reason));
    }

    public Optional<ReferralView> find(UUID id) {
        return reading.find(caller(), id);
    }

    /** The caller's referrals for one patient, newest first. */
    public Page forPatient(String nhsNumber, String cursor, int limit) {
        Caller caller = caller();
        ReferralSummary.Page page =
                reading.list(caller, ReferralFilter.ofPatient(nhsNumber), cursor, limit);
        List<ReferralView> views =
                page.items().stream()
                        .map(summary -> reading.find(caller, summary.id()))
                        .flatMap(Optional::stream)
                        .toList();
        return new Page(views, page.nextCursor());
    }

    public Optional<TherapyView> therapy(String code) {
        return code == null ? Optional.empty() : therapies.find(code);
    }

    public Optional<PractitionerView> practitioner(UUID id) {
        return id == null ? Optional.empty() : practitioners.find(id);
    }

    private Caller caller() {
        return currentCaller.get();
    }
}
