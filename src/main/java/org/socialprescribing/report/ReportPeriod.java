package org.socialprescribing.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.socialprescribing.common.time.UkTime;
import org.socialprescribing.common.web.Params;

/**
 * The days a report covers, both inclusive, in UK time: by default the year up to today. A report
 * counts the referrals received in these days.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {
    static ReportPeriod parse(String from, String to, Clock clock) {
        LocalDate last = to == null ? UkTime.today(clock) : Params.date("to", to);
        LocalDate first = from == null ? last.minusYears(1).plusDays(1) : Params.date("from", from);
        if (first.isAfter(last)) {
            throw Params.invalid("from", "must not be after to");
        }
        return new ReportPeriod(first, last);
    }

    /** The first instant of the period. */
    public Instant start() {
        return UkTime.startOf(from);
    }

    /** The first instant after the period. */
    public Instant end() {
        return UkTime.startOf(to.plusDays(1));
    }
}
