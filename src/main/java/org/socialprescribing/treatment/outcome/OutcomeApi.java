package org.socialprescribing.treatment.outcome;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Wire shapes of outcome measures. */
public final class OutcomeApi {
    private OutcomeApi() {}

    public record OutcomeRequest(
            @NotNull OutcomeMeasure measure,
            @NotNull TimePoint timePoint,
            @NotNull @PastOrPresent LocalDate completedOn,
            @NotNull
                    @Size(min = 1, max = 20)
                    @Schema(description = "Item answers in questionnaire order")
                    List<Integer> answers,
            @Min(0) @Max(100) @Schema(description = "EQ-5D-5L visual analogue scale only")
                    Integer vas) {}

    public record OutcomeRecordView(
            @NotNull UUID id,
            @NotNull OutcomeMeasure measure,
            @NotNull TimePoint timePoint,
            @NotNull LocalDate completedOn,
            @NotNull List<Integer> answers,
            Integer vas,
            @NotNull List<Score> scores,
            @NotNull
                    @Schema(
                            description =
                                    "PHQ-9 item 9 above zero: an urgent safety alert went to the GP")
                    boolean urgentReviewNeeded,
            @NotNull Instant recordedAt) {}

    /** One score of one measure across the course: baseline, latest, and the change between. */
    public record ScoreChange(
            @NotNull OutcomeMeasure measure,
            @NotNull String score,
            @NotNull Direction direction,
            @NotNull BigDecimal baseline,
            @NotNull LocalDate baselineOn,
            BigDecimal latest,
            LocalDate latestOn,
            TimePoint latestTimePoint,
            BigDecimal change,
            @Schema(description = "Null where the measure defines no threshold")
                    Boolean meaningfulImprovement) {}

    /** What the caller may see of a referral's outcomes. */
    public record OutcomeSummary(
            @NotNull
                    @Schema(
                            description =
                                    "False when the patient did not consent to sharing outcomes with the GP")
                    boolean shared,
            String note,
            @NotNull List<ScoreChange> changes,
            @NotNull List<OutcomeRecordView> records) {}
}
