package org.socialprescribing.e2e.crash;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.socialprescribing.e2e.crash.Ledger.Attempt;
import org.socialprescribing.e2e.crash.Ledger.Write;

/**
 * The admin's change feed, paged from the start: numbered 1, 2, 3… with no gap and no number twice,
 * and for each referral exactly the events its history calls for, so every acknowledged change has
 * its event.
 */
final class FeedCheck {
    private static final int PAGE = 500;
    private final Http http;
    private final Tokens tokens;
    private final Findings findings;

    FeedCheck(Http http, Tokens tokens, Findings findings) {
        this.http = http;
        this.tokens = tokens;
        this.findings = findings;
    }

    void everyChangeOnceWithoutGaps(Map<String, ReferralRecord> referrals, Ledger ledger)
            throws IOException, InterruptedException {
        Map<String, Map<String, Integer>> eventsByReferral = readFeed();
        referrals.forEach(
                (id, referral) -> {
                    Map<String, Integer> events = eventsByReferral.getOrDefault(id, Map.of());
                    matchesHistory(referral, events);
                    acknowledgedChangesHaveEvents(id, events, ledger);
                });
    }

    /** Counts of each event type per referral; the numbering is checked on the way. */
    private Map<String, Map<String, Integer>> readFeed() throws IOException, InterruptedException {
        Map<String, Map<String, Integer>> byReferral = new HashMap<>();
        long previous = 0;
        String after = "0";
        for (int page = 0; page < 100_000; page++) {
            JsonNode body =
                    http.get(
                                    tokens.of(Tokens.ADMIN),
                                    "/api/v1/events?limit=" + PAGE + "&after=" + after)
                            .body();
            for (JsonNode event : body.path("items")) {
                long seq = Long.parseLong(event.path("cursor").asText());
                findings.feedEvents++;
                if (seq <= previous) {
                    findings.feedDuplicates++;
                    findings.feed("number " + seq + " after " + previous);
                } else if (seq != previous + 1) {
                    findings.feedGaps++;
                    findings.feed("gap from " + previous + " to " + seq);
                }
                previous = Math.max(previous, seq);
                byReferral
                        .computeIfAbsent(event.path("referralId").asText(), r -> new HashMap<>())
                        .merge(event.path("type").asText(), 1, Integer::sum);
            }
            if (body.path("items").size() < PAGE) {
                break;
            }
            after = body.path("nextCursor").asText();
        }
        return byReferral;
    }

    private void matchesHistory(ReferralRecord referral, Map<String, Integer> events) {
        int created = events.getOrDefault("referral.created", 0);
        int changed = events.getOrDefault("referral.status-changed", 0);
        int letters = events.getOrDefault("letter.sent", 0);
        if (created != 1
                || changed != referral.statusChanges()
                || letters != referral.times("complete")) {
            findings.mismatch(
                    referral.id() + ": history " + referral.history() + ", feed " + events);
        }
    }

    private void acknowledgedChangesHaveEvents(
            String id, Map<String, Integer> events, Ledger ledger) {
        long statusChanges =
                ledger.all().stream()
                        .filter(Attempt::acknowledged)
                        .filter(a -> id.equals(a.referralId()))
                        .filter(
                                a ->
                                        a.write() == Write.ACCEPT
                                                || a.write() == Write.RECORD_ATTENDANCE
                                                || a.write() == Write.SEND_LETTER)
                        .count();
        boolean acknowledgedCreation =
                ledger.acknowledged(Write.CREATE_REFERRAL).stream()
                        .anyMatch(a -> id.equals(a.referralId()));
        if (acknowledgedCreation && events.getOrDefault("referral.created", 0) == 0) {
            findings.withoutEvent("referral.created of " + id);
        }
        int changed = events.getOrDefault("referral.status-changed", 0);
        if (changed < statusChanges) {
            findings.withoutEvent(
                    (statusChanges - changed) + " acknowledged status changes of " + id);
        }
    }
}
