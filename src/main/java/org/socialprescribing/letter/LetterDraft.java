package org.socialprescribing.letter;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.socialprescribing.letter.LetterContent.Recommendation;
import org.socialprescribing.referral.domain.EndReason;

/**
 * The practitioner's part of the letter. Anything may be left empty while drafting; sending needs
 * the summary of treatment and a recommendation (and a reason when the course ends early).
 */
public record LetterDraft(
        @Size(max = 4000) String summaryOfTreatment,
        @Size(max = 4000) String response,
        @Size(max = 4000) String adviceGiven,
        Recommendation recommendation,
        @Size(max = 2000) String recommendationDetail,
        @Size(max = 4000) String safetyConcerns,
        @Schema(description = "Sending ends the referral early instead of completing it")
                Boolean endsEarly,
        @Schema(description = "Why the course ends early") EndReason endReason) {}
