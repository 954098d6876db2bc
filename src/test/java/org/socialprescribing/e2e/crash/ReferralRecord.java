package org.socialprescribing.e2e.crash;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * One referral as the restarted API tells it: its history, sessions, letter and the letters in its
 * practice's inbox.
 */
record ReferralRecord(
        String id, List<String> history, JsonNode sessions, JsonNode letter, int lettersInInbox) {

    /** Reads it as its referring GP and as the practitioner it was sent to. */
    static ReferralRecord read(Http http, Tokens tokens, String gp, String id)
            throws IOException, InterruptedException {
        String path = "/api/v1/referrals/" + id;
        List<String> history = new ArrayList<>();
        ok(http.get(tokens.of(gp), path + "/history")).body().forEach(e -> history.add(action(e)));
        JsonNode sessions =
                ok(http.get(tokens.of(Workload.PRACTITIONER), path + "/sessions")).body();
        Http.Reply letter = http.get(tokens.of(Workload.PRACTITIONER), path + "/letter");
        JsonNode inbox =
                ok(http.get(tokens.of(gp), "/api/v1/inbox?size=100&referralId=" + id)).body();
        int letters =
                (int)
                        StreamSupport.stream(inbox.path("items").spliterator(), false)
                                .filter(item -> item.path("kind").asText().equals("LETTER"))
                                .count();
        return new ReferralRecord(
                id, history, sessions, letter.status() == 200 ? letter.body() : null, letters);
    }

    /** How many times the history shows this action ("accept", "start-treatment"…). */
    int times(String action) {
        return (int) history.stream().filter(action::equals).count();
    }

    /** Status changes: every entry but the creation. */
    int statusChanges() {
        return history.size() - times("create");
    }

    boolean hasSession(String sessionId) {
        return session(sessionId) != null;
    }

    boolean attended(String sessionId) {
        JsonNode session = session(sessionId);
        return session != null && session.path("attendance").asText().equals("ATTENDED");
    }

    boolean letterSent() {
        return letter != null && letter.path("status").asText().equals("SENT");
    }

    private JsonNode session(String sessionId) {
        for (JsonNode session : sessions) {
            if (session.path("id").asText().equals(sessionId)) {
                return session;
            }
        }
        return null;
    }

    private static String action(JsonNode entry) {
        return entry.path("action").asText();
    }

    private static Http.Reply ok(Http.Reply reply) {
        if (reply.status() != 200) {
            throw new IllegalStateException("expected 200, got " + reply);
        }
        return reply;
    }
}
