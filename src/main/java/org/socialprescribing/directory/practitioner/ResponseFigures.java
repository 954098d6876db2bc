package org.socialprescribing.directory.practitioner;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.socialprescribing.report.disclosure.Count;
import org.socialprescribing.report.disclosure.DisclosureControl;
import org.socialprescribing.report.disclosure.Statistic;

/**
 * How a practitioner has answered the referrals sent to it, computed from the referrals themselves.
 * Each referral is a patient, so the figures are counts of people and pass through the reports'
 * disclosure control ({@link #published}) for every caller but an admin.
 */
@Schema(
        description =
                "How the practitioner answers referrals. Each referral is a patient, so these are"
                        + " counts of people and pass through the reports' disclosure control for"
                        + " every role but admin: counts of 1-7 are suppressed, others rounded to"
                        + " the nearest 5, and the rate and median are absent when built on 1-7"
                        + " referrals")
public record ResponseFigures(
        @NotNull
                @Schema(
                        deprecated = true,
                        description =
                                "Referrals the practitioner has accepted or declined, as"
                                        + " published: rounded, and 0 when suppressed; read"
                                        + " respondedCount, which says when it is suppressed")
                long responded,
        @NotNull
                @Schema(
                        deprecated = true,
                        description =
                                "Referrals accepted, as published: rounded, and 0 when"
                                        + " suppressed; read acceptedCount, which says when it"
                                        + " is suppressed")
                long accepted,
        @Schema(
                        description =
                                "accepted / responded; absent before the first answer and when"
                                        + " the practitioner has answered 1-7 referrals")
                Double acceptanceRate,
        @Schema(
                        description =
                                "Median hours from a referral being sent to the practitioner's"
                                        + " answer; absent as acceptanceRate is")
                Double medianResponseHours,
        @NotNull
                @Schema(
                        description =
                                "Referrals the practitioner has accepted or declined, after"
                                        + " disclosure control (exact for an admin)")
                Count respondedCount,
        @NotNull
                @Schema(
                        description =
                                "Referrals the practitioner has accepted, after disclosure"
                                        + " control (exact for an admin)")
                Count acceptedCount) {

    public static final ResponseFigures NONE = new ResponseFigures(0, 0, null, null);

    /** The figures as counted, before disclosure control. */
    public ResponseFigures(
            long responded, long accepted, Double acceptanceRate, Double medianResponseHours) {
        this(
                responded,
                accepted,
                acceptanceRate,
                medianResponseHours,
                new Count(responded, false),
                new Count(accepted, false));
    }

    /**
     * The counted figures as the caller may see them: the counts of referrals controlled as counts
     * of people, and the rate and median suppressed when built on 1 to 7 referrals.
     */
    ResponseFigures published(DisclosureControl control) {
        Count published = control.people(responded);
        Count acceptances = control.people(accepted);
        return new ResponseFigures(
                shown(published),
                shown(acceptances),
                value(control.statistic(decimal(acceptanceRate), responded)),
                value(control.statistic(decimal(medianResponseHours), responded)),
                published,
                acceptances);
    }

    /** The number an older client reads: what is published, or 0 in place of a suppressed count. */
    private static long shown(Count count) {
        return count.suppressed() ? 0 : count.value();
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private static Double value(Statistic statistic) {
        return statistic.value() == null ? null : statistic.value().doubleValue();
    }

    /**
     * Computes the figures; implemented where referrals live, so the directory does not depend on
     * them.
     */
    public interface Source {
        Map<UUID, ResponseFigures> forPractitioners(Collection<UUID> practitionerIds);
    }
}
