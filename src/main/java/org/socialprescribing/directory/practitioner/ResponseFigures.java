package org.socialprescribing.directory.practitioner;

import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a practitioner has answered the referrals sent to it, computed from the referrals themselves.
 */
public record ResponseFigures(
        @NotNull @Schema(description = "Referrals the practitioner has accepted or declined")
                long responded,
        @NotNull long accepted,
        @Schema(description = "accepted / responded; absent before the first answer")
                Double acceptanceRate,
        @Schema(
                        description =
                                "Median hours from a referral being sent to the practitioner's answer")
                Double medianResponseHours) {

    public static final ResponseFigures NONE = new ResponseFigures(0, 0, null, null);

    /**
     * Computes the figures; implemented where referrals live, so the directory does not depend on
     * them.
     */
    public interface Source {
        Map<UUID, ResponseFigures> forPractitioners(Collection<UUID> practitionerIds);
    }
}
