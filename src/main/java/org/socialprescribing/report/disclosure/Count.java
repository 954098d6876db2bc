package org.socialprescribing.report.disclosure;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published count: a number, or explicitly suppressed (never a zero standing in for one). */
@Schema(description = "A count after disclosure control; value is absent when suppressed")
public record Count(Long value, @NotNull boolean suppressed) {
    static Count shown(long value) {
        return new Count(value, false);
    }

    static Count hidden() {
        return new Count(null, true);
    }

    /** The value as published, for totals: a suppressed cell adds nothing. */
    long published() {
        return suppressed ? 0 : value;
    }
}
