package org.socialprescribing.e2e.crash;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialprescribing.e2e.crash.Ledger.Answer;
import org.socialprescribing.e2e.crash.Ledger.Attempt;
import org.socialprescribing.e2e.crash.Ledger.Write;

/**
 * After the restart: every acknowledged write is there exactly once, every creation retried with
 * its Idempotency-Key is replayed (an acknowledged one with its id) and acts once, and the change
 * feed has every change once, without a gap.
 */
final class RecoveryCheck {
    private final Http http;
    private final Tokens tokens;
    private final Ledger ledger;
    private final Findings findings = new Findings();

    RecoveryCheck(Http http, Tokens tokens, Ledger ledger) {
        this.http = http;
        this.tokens = tokens;
        this.ledger = ledger;
    }

    Findings run() throws IOException, InterruptedException {
        acknowledgedReferralsAreReadable();
        Map<String, String> referralOfPatient = retryEveryCreation();
        new ReferralCount(http, tokens, findings).exactlyOnePerPatient(referralOfPatient);
        Map<String, ReferralRecord> records = new LinkedHashMap<>();
        for (Attempt creation : ledger.of(Write.CREATE_REFERRAL)) {
            String id = referralOfPatient.get(creation.nhsNumber());
            if (id.isBlank()) {
                continue; // its retry failed, which is already a finding
            }
            records.put(id, ReferralRecord.read(http, tokens, creation.caller(), id));
        }
        records.values().forEach(this::lifecycleWritesAreThereOnce);
        new FeedCheck(http, tokens, findings).everyChangeOnceWithoutGaps(records, ledger);
        return findings;
    }

    /** Before any retry, which would re-create a lost referral and hide the loss. */
    private void acknowledgedReferralsAreReadable() throws IOException, InterruptedException {
        for (Attempt created : ledger.acknowledged(Write.CREATE_REFERRAL)) {
            int status =
                    http.get(
                                    tokens.of(created.caller()),
                                    "/api/v1/referrals/" + created.referralId())
                            .status();
            if (status == 200) {
                findings.acknowledgedPresent++;
            } else {
                findings.lost(
                        "referral " + created.referralId() + " (GET answered " + status + ")");
            }
        }
    }

    /** Each creation again, same caller, key and body; returns the referral of each patient. */
    private Map<String, String> retryEveryCreation() throws IOException, InterruptedException {
        Map<String, String> referralOfPatient = new HashMap<>();
        for (Attempt creation : ledger.of(Write.CREATE_REFERRAL)) {
            findings.createRetries++;
            Http.Reply retry =
                    http.post(
                            tokens.of(creation.caller()),
                            "/api/v1/referrals",
                            creation.body(),
                            Map.of("Idempotency-Key", creation.idempotencyKey()));
            referralOfPatient.put(creation.nhsNumber(), retry.id());
            judgeRetry(creation, retry);
        }
        return referralOfPatient;
    }

    private void judgeRetry(Attempt creation, Http.Reply retry) {
        String key = "key " + creation.idempotencyKey();
        if (creation.acknowledged()) {
            if (retry.status() == 200 && retry.id().equals(creation.referralId())) {
                findings.replayedWithSameId++;
            } else {
                findings.badRetry(
                        key + ": acknowledged as " + creation.referralId() + ", retry " + retry);
            }
        } else if (retry.status() == 200) {
            findings.unansweredCreatesReplayed++;
            findings.unansweredApplied++;
        } else if (retry.status() == 201) {
            findings.unansweredCreatesCreatedByRetry++;
        } else {
            findings.badRetry(key + ": unanswered, retry " + retry);
        }
    }

    /** Acceptance, booking, attendance and the letter: each acknowledged one there, once. */
    private void lifecycleWritesAreThereOnce(ReferralRecord referral) {
        for (Attempt write : writesOn(referral.id())) {
            boolean there = applied(write, referral);
            if (write.acknowledged() && there) {
                findings.acknowledgedPresent++;
            } else if (write.acknowledged()) {
                findings.lost(write.write() + " on referral " + referral.id());
            } else if (write.answer() == Answer.UNANSWERED && there) {
                findings.unansweredApplied++;
            }
        }
        for (String action : new HashSet<>(referral.history())) {
            if (referral.times(action) > 1) {
                findings.duplicate(action + " x" + referral.times(action) + " on " + referral.id());
            }
        }
        long bookings =
                writesOn(referral.id()).stream()
                        .filter(w -> w.write() == Write.BOOK_SESSION)
                        .count();
        if (referral.sessions().size() > bookings) {
            findings.duplicate(
                    referral.sessions().size()
                            + " sessions from "
                            + bookings
                            + " bookings on "
                            + referral.id());
        }
        if (referral.lettersInInbox() > 1) {
            findings.duplicate(
                    referral.lettersInInbox() + " letters in the inbox for " + referral.id());
        }
    }

    private List<Attempt> writesOn(String referralId) {
        return ledger.all().stream()
                .filter(a -> a.write() != Write.CREATE_REFERRAL)
                .filter(a -> referralId.equals(a.referralId()))
                .toList();
    }

    private static boolean applied(Attempt write, ReferralRecord referral) {
        return switch (write.write()) {
            case CREATE_REFERRAL -> true;
            case ACCEPT -> referral.times("accept") >= 1;
            case BOOK_SESSION ->
                    write.subjectId() != null
                            ? referral.hasSession(write.subjectId())
                            : !referral.sessions().isEmpty();
            case RECORD_ATTENDANCE ->
                    referral.attended(write.subjectId()) && referral.times("start-treatment") >= 1;
            case DRAFT_LETTER -> referral.letter() != null;
            case SEND_LETTER ->
                    referral.letterSent()
                            && referral.times("complete") >= 1
                            && referral.lettersInInbox() >= 1;
        };
    }
}
