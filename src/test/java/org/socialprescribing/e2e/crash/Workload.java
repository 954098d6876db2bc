package org.socialprescribing.e2e.crash;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.socialprescribing.e2e.crash.Ledger.Request;
import org.socialprescribing.e2e.crash.Ledger.Write;
import org.socialprescribing.testing.NhsNumbers;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.Treatment;

/**
 * Several clients, each a GP system and the acupuncturist taking one referral after another through
 * its whole course: refer (a fresh Idempotency-Key, a new patient), accept with If-Match, book a
 * session, record attendance (treatment starts), draft and send the letter (completed). Every
 * request and its answer goes into the ledger; a client stops at its first unanswered request,
 * which after the kill is every client.
 */
final class Workload {
    static final String ACUPUNCTURIST = "6f1c2a10-5b7e-4c1d-9a01-000000000001";
    static final String PRACTITIONER = "practitioner.acu";
    private static final List<String[]> GPS =
            List.of(new String[] {"gp.a81001", "A81001"}, new String[] {"gp.b82002", "B82002"});

    private final Http http;
    private final Tokens tokens;
    private final Ledger ledger = new Ledger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final Set<String> patients = ConcurrentHashMap.newKeySet();
    private final List<Thread> clients = new ArrayList<>();
    private volatile boolean killed;

    Workload(Http http, Tokens tokens) {
        this.http = http;
        this.tokens = tokens;
    }

    /** A stop at the first request without an answer. */
    private static final class Unanswered extends Exception {
        Unanswered(IOException cause) {
            super(cause);
        }
    }

    void start(int clientCount) {
        for (int i = 0; i < clientCount; i++) {
            String[] gp = GPS.get(i % GPS.size());
            Thread client = new Thread(() -> run(gp[0], gp[1]), "crash-client-" + i);
            client.setDaemon(true);
            clients.add(client);
            client.start();
        }
    }

    /** Waits until this many writes are acknowledged, or the time is up. */
    void awaitAcknowledged(int target, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (acknowledged.get() < target && System.nanoTime() < deadline && anyClientAlive()) {
            Thread.sleep(20);
        }
    }

    /** Waits (briefly) until some request is on its way, so that the kill cuts into one. */
    int awaitRequestsInFlight() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (inFlight.get() == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        return inFlight.get();
    }

    /** From now on a failed request is the crash's doing, not the workload's. */
    void killing() {
        killed = true;
    }

    void awaitClientsStopped(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        for (Thread client : clients) {
            client.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        if (anyClientAlive()) {
            throw new IllegalStateException("clients still running " + atMost + " after the kill");
        }
    }

    Ledger ledger() {
        return ledger;
    }

    private boolean anyClientAlive() {
        return clients.stream().anyMatch(Thread::isAlive);
    }

    private void run(String gp, String practice) {
        try {
            while (!killed) {
                course(gp, practice);
            }
        } catch (Unanswered stop) {
            // the application is gone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One referral's course; a refusal abandons it (and is counted against the workload). */
    private void course(String gp, String practice) throws Unanswered, InterruptedException {
        Map<String, Object> body = referral(practice);
        String key = UUID.randomUUID().toString();
        Request refer = new Request(Write.CREATE_REFERRAL, gp, key, body, null, null);
        Optional<Http.Reply> created =
                send(
                        refer,
                        () ->
                                http.post(
                                        tokens.of(gp),
                                        "/api/v1/referrals",
                                        body,
                                        Map.of("Idempotency-Key", key)));
        if (created.isEmpty()) {
            return;
        }
        String id = created.get().id();
        Map<String, String> ifMatch = Map.of("If-Match", created.get().etag());
        if (practitioner(Write.ACCEPT, id, null, "/accept", Map.of(), ifMatch).isPresent()) {
            treat(id);
        }
    }

    /** Books a session, records the attendance, drafts the letter and sends it. */
    private void treat(String id) throws Unanswered, InterruptedException {
        Optional<Http.Reply> booked =
                practitioner(
                        Write.BOOK_SESSION,
                        id,
                        null,
                        "/sessions",
                        Treatment.session(Instant.now()),
                        Map.of());
        if (booked.isEmpty()) {
            return;
        }
        String session = booked.get().id();
        Map<String, Object> attended = Treatment.attendance("ATTENDED");
        String attendance = "/sessions/" + session + "/attendance";
        if (practitioner(Write.RECORD_ATTENDANCE, id, session, attendance, attended, Map.of())
                        .isPresent()
                && practitioner(Write.DRAFT_LETTER, id, null, "/letter", letter(), Map.of())
                        .isPresent()) {
            // an operation that takes no body: an empty object, as its documentation allows
            practitioner(Write.SEND_LETTER, id, null, "/letter/send", Map.of(), Map.of());
        }
    }

    /** The acupuncturist's request to a path under the referral. */
    private Optional<Http.Reply> practitioner(
            Write write,
            String referralId,
            String sessionId,
            String path,
            Object body,
            Map<String, String> headers)
            throws Unanswered, InterruptedException {
        Request request = new Request(write, PRACTITIONER, null, null, referralId, sessionId);
        String address = "/api/v1/referrals/" + referralId + path;
        return send(request, () -> http.post(tokens.of(PRACTITIONER), address, body, headers));
    }

    private interface Call {
        Http.Reply send() throws IOException, InterruptedException;
    }

    /** Sends one request and writes it and its answer into the ledger. */
    private Optional<Http.Reply> send(Request request, Call call)
            throws Unanswered, InterruptedException {
        Http.Reply reply;
        inFlight.incrementAndGet();
        try {
            reply = call.send();
        } catch (IOException e) {
            ledger.add(request.unanswered(e, !killed));
            throw new Unanswered(e);
        } finally {
            inFlight.decrementAndGet();
        }
        ledger.add(request.answered(reply, !killed));
        if (!reply.acknowledged()) {
            return Optional.empty();
        }
        acknowledged.incrementAndGet();
        return Optional.of(reply);
    }

    /** A referral of a new patient (a synthetic NHS number used once) to the acupuncturist. */
    private Map<String, Object> referral(String practice) {
        String nhsNumber;
        do {
            nhsNumber = NhsNumbers.synthetic(ThreadLocalRandom.current());
        } while (!patients.add(nhsNumber));
        Map<String, Object> body =
                Referrals.toPractitioner(UUID.fromString(ACUPUNCTURIST), "ACUPUNCTURE");
        body = Referrals.with(body, "practiceOdsCode", practice);
        return Referrals.with(body, "patient.nhsNumber", nhsNumber);
    }

    private static Map<String, Object> letter() {
        return Treatment.letter("STOP");
    }
}
