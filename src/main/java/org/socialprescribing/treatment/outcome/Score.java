package org.socialprescribing.treatment.outcome;

import java.math.BigDecimal;

/**
 * One named score of a measure, e.g. PHQ9 "total" 14 band "moderate".
 *
 * @param band the published band the value falls in, or null where the measure defines none
 */
public record Score(String name, BigDecimal value, String band) {}
