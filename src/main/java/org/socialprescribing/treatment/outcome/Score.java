package org.socialprescribing.treatment.outcome;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * One named score of a measure, e.g. PHQ9 "total" 14 band "moderate".
 *
 * @param band the published band the value falls in, or null where the measure defines none
 */
public record Score(@NotNull String name, @NotNull BigDecimal value, String band) {}
