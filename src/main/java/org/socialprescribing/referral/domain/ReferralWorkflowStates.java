package org.socialprescribing.referral.domain;

import static org.socialprescribing.referral.domain.ReferralStatus.ACCEPTED;
import static org.socialprescribing.referral.domain.ReferralStatus.AWAITING_TRIAGE;
import static org.socialprescribing.referral.domain.ReferralStatus.CANCELLED;
import static org.socialprescribing.referral.domain.ReferralStatus.COMPLETED;
import static org.socialprescribing.referral.domain.ReferralStatus.DECLINED;
import static org.socialprescribing.referral.domain.ReferralStatus.ENDED_EARLY;
import static org.socialprescribing.referral.domain.ReferralStatus.IN_TREATMENT;
import static org.socialprescribing.referral.domain.ReferralStatus.SENT;

import java.util.EnumMap;
import java.util.Map;

/**
 * How each lifecycle status is told to a FHIR system, in one table beside the lifecycle's: the
 * request's status (FHIR RequestStatus), the workflow Task's status (FHIR TaskStatus) and, kept
 * apart as HL7 BSeR keeps them, the business status in this service's own words.
 */
public final class ReferralWorkflowStates {

    /** One row: codes from FHIR R4's value sets, and this service's business status. */
    public record WorkflowState(
            String requestStatus,
            String taskStatus,
            String businessStatus,
            String businessStatusText) {}

    private static final Map<ReferralStatus, WorkflowState> TABLE =
            new EnumMap<>(ReferralStatus.class);

    static {
        row(AWAITING_TRIAGE, "active", "requested", "Awaiting triage by a link worker");
        row(SENT, "active", "requested", "Sent to the practitioner, awaiting a reply");
        row(ACCEPTED, "active", "accepted", "Accepted by the practitioner");
        row(DECLINED, "active", "rejected", "Declined by the practitioner; can be reassigned");
        row(IN_TREATMENT, "active", "in-progress", "In treatment");
        row(COMPLETED, "completed", "completed", "Treatment completed; letter sent");
        row(ENDED_EARLY, "completed", "completed", "Treatment ended early; letter sent");
        row(CANCELLED, "revoked", "cancelled", "Cancelled by the referrer");
    }

    private ReferralWorkflowStates() {}

    private static void row(
            ReferralStatus status, String requestStatus, String taskStatus, String text) {
        TABLE.put(
                status,
                new WorkflowState(
                        requestStatus,
                        taskStatus,
                        status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                        text));
    }

    public static WorkflowState of(ReferralStatus status) {
        return TABLE.get(status);
    }
}
