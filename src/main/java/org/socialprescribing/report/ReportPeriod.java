package org.socialprescribing.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.socialprescribing.common.web.Params;

/**
 * The days a report covers, both inclusive, in UK time: by default the year up to today. A report
 * counts the referrals received in these days.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {
    static final ZoneId UK = ZoneId.of("Europe/London");

    static ReportPeriod parse(String from, String to, Clock clock) {
        LocalDate last = to == null ? LocalDate.now(clock.withZone(UK)) : Params.date("to", to);
        LocalDate first = from == null ? last.minusYears(1).plusDays(1) : Params.date("from", from);
        if (first.isAfter(last)) {
            throw Params.invalid("from", "must not be after to");
        }
        return new ReportPeriod(first, last);
    }

    /** The first instant of the period. */
    public Instant start() {
        return from.atStartOfDay(UK).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(UK).toInstant();
    }
}
