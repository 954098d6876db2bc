package org.socialprescribing.report.disclosure;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published mean, median or rate: a value, none (no data), or explicitly suppressed. */
@Schema(
        description =
                "A mean, median or rate after disclosure control; value is absent when suppressed or when there is no data")
public record Statistic(BigDecimal value, @NotNull boolean suppressed) {}
