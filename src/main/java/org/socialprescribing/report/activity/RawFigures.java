package org.socialprescribing.report.activity;

import java.util.Map;
import java.util.TreeMap;
import org.socialprescribing.report.ReportRow;

/** The figures of one group as counted, before disclosure control. */
final class RawFigures {
    long received, triaged, sent, accepted, declined, cancelled, started, completed, endedEarly;
    long attended, didNotAttend, patientsWithSessions, withFirstSession;
    Double medianSeconds, p90Seconds;
    final Map<String, Long> declinedByReason = new TreeMap<>();

    /** Reads the columns that {@link ActivityQueries#FIGURES} names. */
    void read(ReportRow row) {
        received = row.count("received");
        triaged = row.count("triaged");
        sent = row.count("sent");
        accepted = row.count("accepted");
        declined = row.count("declined");
        cancelled = row.count("cancelled");
        started = row.count("started");
        completed = row.count("completed");
        endedEarly = row.count("endedEarly");
        attended = row.count("attended");
        didNotAttend = row.count("didNotAttend");
        patientsWithSessions = row.count("patientsWithSessions");
        withFirstSession = row.count("withFirstSession");
        medianSeconds = row.real("medianSeconds");
        p90Seconds = row.real("p90Seconds");
    }
}
