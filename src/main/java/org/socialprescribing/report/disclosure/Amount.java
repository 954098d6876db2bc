package org.socialprescribing.report.disclosure;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A published sum of money in pence: a number, or explicitly suppressed when it is built on 1 to 7
 * people (a patient's contribution would tell their income band).
 */
@Schema(description = "Pence after disclosure control; pence is absent when suppressed")
public record Amount(Long pence, @NotNull boolean suppressed) {
    /** The value as published, for totals: a suppressed cell adds nothing. */
    long published() {
        return suppressed || pence == null ? 0 : pence;
    }
}
