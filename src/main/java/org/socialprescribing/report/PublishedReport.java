package org.socialprescribing.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What every report states about itself: which, its period and grouping, when, and the rules. */
public interface PublishedReport {
    String report();

    LocalDate from();

    LocalDate to();

    List<?> groupBy();

    Instant generatedAt();

    String disclosure();
}
