package org.socialprescribing.inbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An inbox item on the wire, with where to read what it is about. */
public record InboxItemView(
        UUID id,
        InboxKind kind,
        boolean urgent,
        String title,
        UUID referralId,
        UUID subjectId,
        @Schema(description = "Where to read the letter, alert or referral") String href,
        Instant createdAt,
        Instant acknowledgedAt,
        String acknowledgedBy) {

    static InboxItemView of(InboxItem item) {
        String href =
                switch (item.kind) {
                    case LETTER -> "/api/v1/referrals/" + item.referralId + "/letter";
                    case SAFETY_ALERT -> "/api/v1/referrals/" + item.referralId + "/safety-alerts";
                    case ATTENDANCE_CONCERN -> "/api/v1/referrals/" + item.referralId + "/sessions";
                };
        return new InboxItemView(
                item.id,
                item.kind,
                item.urgent,
                item.title,
                item.referralId,
                item.subjectId,
                href,
                item.createdAt,
                item.acknowledgedAt,
                item.acknowledgedBy);
    }

    @Schema(name = "InboxPage")
    public record Page(List<InboxItemView> items, int page, int size, long total) {}
}
