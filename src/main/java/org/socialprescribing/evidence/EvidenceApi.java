package org.socialprescribing.evidence;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Wire shapes of a referral's evidence. */
public final class EvidenceApi {
    private EvidenceApi() {}

    @Schema(description = "The patient's Friends and Family Test answer at the end of the course")
    public record ExperienceRequest(
            @NotNull ExperienceAnswer answer,
            @Size(max = 2000)
                    @Schema(description = "The patient's comment; never shown in any report")
                    String comment) {}

    @Schema(description = "Work status at baseline, at the end, or both (at least one)")
    public record WorkStatusRequest(WorkStatus baseline, WorkStatus end) {}

    @Schema(
            description =
                    "GP-practice appointments, from the practice's own record: in the six months"
                            + " before the referral, and in the six months after the course ended"
                            + " (accepted once those six months have passed); at least one")
    public record AppointmentsRequest(
            @Min(0) @Max(1000) Integer beforeReferral, @Min(0) @Max(1000) Integer afterCourse) {}

    /**
     * A referral's evidence as the caller may see it: the referring practice sees the experience
     * answer and work status only when the patient consented to sharing outcomes, and never the
     * comment.
     */
    public record EvidenceView(
            @NotNull UUID referralId,
            ExperienceAnswer experience,
            @Schema(description = "Only to the practitioner and admins") String experienceComment,
            Instant experienceRecordedAt,
            WorkStatus workStatusBaseline,
            WorkStatus workStatusEnd,
            Integer appointmentsBeforeReferral,
            Integer appointmentsAfterCourse,
            @Schema(description = "When the course ended, if it has") Instant courseEndedAt,
            @Schema(
                            description =
                                    "The first day the after-course count is accepted (six months"
                                            + " after the course ended)")
                    LocalDate afterCourseCountDueFrom,
            @NotNull
                    @Schema(
                            description =
                                    "False when the patient did not consent to sharing outcomes"
                                            + " and the caller is the referrer: experience and work"
                                            + " status are withheld")
                    boolean shared) {}
}
