package org.socialprescribing.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What every report states about itself: which, its period and grouping, whether its rows overlap,
 * when, and the rules.
 */
public interface PublishedReport {
    String report();

    LocalDate from();

    LocalDate to();

    List<?> groupBy();

    /** Whether a person can be in more than one row, so that the rows do not add up to totals. */
    boolean cellsOverlap();

    Instant generatedAt();

    String disclosure();
}
