package org.socialprescribing.e2e.crash;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Exactly one referral per Idempotency-Key: every request was for a patient of its own, so the
 * admin's list of all referrals must hold each of those patients exactly once, under the id the
 * retry returned.
 */
final class ReferralCount {
    private final Http http;
    private final Tokens tokens;
    private final Findings findings;

    ReferralCount(Http http, Tokens tokens, Findings findings) {
        this.http = http;
        this.tokens = tokens;
        this.findings = findings;
    }

    void exactlyOnePerPatient(Map<String, String> referralOfPatient)
            throws IOException, InterruptedException {
        Map<String, Integer> listed = new HashMap<>();
        Map<String, String> listedId = new HashMap<>();
        String cursor = null;
        for (int page = 0; page < 10_000; page++) {
            String path =
                    "/api/v1/referrals?limit=100"
                            + (cursor == null
                                    ? ""
                                    : "&cursor="
                                            + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode body = http.get(tokens.of(Tokens.ADMIN), path).body();
            for (JsonNode referral : body.path("items")) {
                String patient = referral.path("patientNhsNumber").asText();
                listed.merge(patient, 1, Integer::sum);
                listedId.put(patient, referral.path("id").asText());
            }
            cursor = body.path("nextCursor").asText(null);
            if (cursor == null || body.path("items").isEmpty()) {
                break;
            }
        }
        referralOfPatient.forEach(
                (patient, id) -> {
                    int count = listed.getOrDefault(patient, 0);
                    if (count > 1) {
                        findings.duplicate(
                                count + " referrals for one Idempotency-Key (" + id + ")");
                    } else if (count == 0 || !listedId.get(patient).equals(id)) {
                        findings.badRetry("the list does not hold referral " + id + " once");
                    }
                });
    }
}
