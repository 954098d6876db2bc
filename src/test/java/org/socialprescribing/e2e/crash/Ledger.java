package org.socialprescribing.e2e.crash;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every write the clients sent and what came back, in the order the answers arrived. */
final class Ledger {

    enum Write {
        CREATE_REFERRAL,
        ACCEPT,
        BOOK_SESSION,
        RECORD_ATTENDANCE,
        DRAFT_LETTER,
        SEND_LETTER
    }

    enum Answer {
        /** A 2xx: the API said it was done, so it must survive. */
        ACKNOWLEDGED,
        /** Another status: nothing was promised (none is expected in this workload). */
        REFUSED,
        /** No answer (the process died, or the connection failed). */
        UNANSWERED
    }

    /**
     * One request and its answer: {@code referralId} is what a creation's 2xx returned, {@code
     * subjectId} the session a booking made or an attendance was for.
     */
    record Attempt(
            Write write,
            String caller,
            String idempotencyKey,
            Map<String, Object> body,
            String referralId,
            String subjectId,
            Answer answer,
            int status,
            boolean beforeKill,
            String detail) {

        boolean acknowledged() {
            return answer == Answer.ACKNOWLEDGED;
        }

        @SuppressWarnings("unchecked")
        String nhsNumber() {
            return (String) ((Map<String, Object>) body.get("patient")).get("nhsNumber");
        }

        /** In a failure message: what it was and what came back. */
        String summary() {
            return write + " on " + referralId + ": " + answer + " " + status + " " + detail;
        }
    }

    /**
     * A request as sent: for a creation, {@code caller}, {@code idempotencyKey} and {@code body}
     * are what a retry repeats; {@code subjectId} is the session of an attendance.
     */
    record Request(
            Write write,
            String caller,
            String idempotencyKey,
            Map<String, Object> body,
            String referralId,
            String subjectId) {

        /** With its answer; a creation's referral and a booking's session come from the reply. */
        Attempt answered(Http.Reply reply, boolean beforeKill) {
            boolean ok = reply.acknowledged();
            String referral = write == Write.CREATE_REFERRAL && ok ? reply.id() : referralId;
            String subject = write == Write.BOOK_SESSION && ok ? reply.id() : subjectId;
            return new Attempt(
                    write,
                    caller,
                    idempotencyKey,
                    body,
                    referral,
                    subject,
                    ok ? Answer.ACKNOWLEDGED : Answer.REFUSED,
                    reply.status(),
                    beforeKill,
                    ok ? null : reply.body().toString());
        }

        Attempt unanswered(Exception failure, boolean beforeKill) {
            return new Attempt(
                    write,
                    caller,
                    idempotencyKey,
                    body,
                    referralId,
                    subjectId,
                    Answer.UNANSWERED,
                    0,
                    beforeKill,
                    failure.toString());
        }
    }

    private final List<Attempt> attempts = new ArrayList<>();

    synchronized void add(Attempt attempt) {
        attempts.add(attempt);
    }

    synchronized List<Attempt> all() {
        return List.copyOf(attempts);
    }

    List<Attempt> of(Write write) {
        return all().stream().filter(a -> a.write() == write).toList();
    }

    List<Attempt> acknowledged(Write write) {
        return of(write).stream().filter(Attempt::acknowledged).toList();
    }

    long count(Answer answer) {
        return all().stream().filter(a -> a.answer() == answer).count();
    }

    /** Refusals and failures that came before the kill (the workload should have none). */
    List<String> failedBeforeKill() {
        return all().stream()
                .filter(a -> a.answer() != Answer.ACKNOWLEDGED && a.beforeKill())
                .map(Attempt::summary)
                .toList();
    }
}
