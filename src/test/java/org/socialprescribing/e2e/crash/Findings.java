package org.socialprescribing.e2e.crash;

import java.util.ArrayList;
import java.util.List;

/** What the check after the restart found: the counts it prints, and each problem by name. */
final class Findings {
    int acknowledgedPresent;
    int acknowledgedLost;
    int duplicated;
    int unansweredApplied;
    int createRetries;
    int replayedWithSameId;
    int unansweredCreatesReplayed;
    int unansweredCreatesCreatedByRetry;
    int badRetries;
    int feedEvents;
    int feedGaps;
    int feedDuplicates;
    int changesWithoutEvent;
    int historyFeedMismatches;
    private final List<String> problems = new ArrayList<>();

    void lost(String what) {
        acknowledgedLost++;
        problems.add("LOST " + what);
    }

    void duplicate(String what) {
        duplicated++;
        problems.add("DUPLICATED " + what);
    }

    void badRetry(String what) {
        badRetries++;
        problems.add("RETRY " + what);
    }

    void withoutEvent(String what) {
        changesWithoutEvent++;
        problems.add("NO EVENT " + what);
    }

    void mismatch(String what) {
        historyFeedMismatches++;
        problems.add("HISTORY/FEED " + what);
    }

    void feed(String what) {
        problems.add("FEED " + what);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    String report() {
        return String.format(
                "  acknowledged writes present  %d%n"
                        + "  acknowledged writes lost     %d%n"
                        + "  duplicated                   %d%n"
                        + "  unanswered writes applied    %d (the server committed them; allowed)%n"
                        + "  creations retried with their Idempotency-Key: %d%n"
                        + "    acknowledged, replayed with the same id (200)  %d%n"
                        + "    unanswered, replayed (had been committed)      %d%n"
                        + "    unanswered, created by the retry (201)         %d%n"
                        + "    retries answered otherwise                     %d%n"
                        + "  change feed: %d events, gaps %d, duplicate numbers %d,"
                        + " acknowledged changes without their event %d,"
                        + " referrals whose history and feed disagree %d%n",
                acknowledgedPresent,
                acknowledgedLost,
                duplicated,
                unansweredApplied,
                createRetries,
                replayedWithSameId,
                unansweredCreatesReplayed,
                unansweredCreatesCreatedByRetry,
                badRetries,
                feedEvents,
                feedGaps,
                feedDuplicates,
                changesWithoutEvent,
                historyFeedMismatches);
    }
}
