package org.socialprescribing.referral.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.socialprescribing.referral.domain.DeclineReason;

/** Bodies of the lifecycle actions. */
public final class ActionRequests {
    private ActionRequests() {}

    public record Assign(
            @NotNull UUID practitionerId,
            @Pattern(regexp = "[A-Z][A-Z_]{1,39}") String therapyCode,
            Boolean delegationAccepted,
            @Size(max = 2000) String comment) {}

    public record Decline(@NotNull DeclineReason reasonCode, @Size(max = 2000) String comment) {}

    public record Cancel(@NotBlank @Size(max = 2000) String reason) {}

    /** Accept takes an optional comment. */
    public record Note(@Size(max = 2000) String comment) {}
}
