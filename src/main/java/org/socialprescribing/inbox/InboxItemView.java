package org.socialprescribing.inbox;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An inbox item on the wire, with where to read what it is about. */
public record InboxItemView(
        @NotNull UUID id,
        @NotNull InboxKind kind,
        @NotNull boolean urgent,
        @NotNull String title,
        @NotNull UUID referralId,
        UUID subjectId,
        @NotNull @Schema(description = "Where to read the letter, alert or referral") String href,
        @NotNull Instant createdAt,
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
    public record Page(
            @NotNull List<InboxItemView> items,
            @NotNull int page,
            @NotNull int size,
            @NotNull long total) {}
}
