package org.socialprescribing.feed;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change, by id only: fetch the referral, letter or alert to see what it is now. */
public record ChangeEventView(
        @NotNull @Schema(description = "Monotonic position in the feed") String cursor,
        @NotNull @Schema(example = "referral.status-changed") String type,
        @NotNull UUID referralId,
        UUID subjectId,
        @NotNull Instant occurredAt) {

    static ChangeEventView of(ChangeEvent e) {
        return new ChangeEventView(
                String.valueOf(e.seq), e.type.wireName(), e.referralId, e.subjectId, e.occurredAt);
    }

    @Schema(name = "ChangeEventPage")
    public record Page(
            @NotNull List<ChangeEventView> items,
            @NotNull
                    @Schema(
                            description =
                                    "Pass as ?after= on the next poll (unchanged when nothing is new)")
                    String nextCursor) {}
}
