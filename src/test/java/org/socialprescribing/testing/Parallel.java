package org.socialprescribing.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The same request, or one per index, sent by many clients at the same moment: every call waits at
 * a barrier until all are ready, so they reach the server together.
 */
public final class Parallel {
    /** How many calls the concurrency specifications send at once (the issue asks for ≥ 16). */
    public static final int CALLS = 16;

    private Parallel() {}

    /** Sends {@code calls} requests at once, the i-th made by {@code call.apply(i)}. */
    public static Outcomes send(int calls, IntFunction<Response> call) {
        CyclicBarrier start = new CyclicBarrier(calls);
        ExecutorService pool = Executors.newFixedThreadPool(calls);
        try {
            List<Callable<Response>> tasks = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                int index = i;
                tasks.add(
                        () -> {
                            start.await(60, TimeUnit.SECONDS);
                            return call.apply(index);
                        });
            }
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : pool.invokeAll(tasks, 180, TimeUnit.SECONDS)) {
                responses.add(future.get());
            }
            return new Outcomes(responses);
        } catch (Exception e) {
            throw new AssertionError("parallel calls did not finish", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** What the parallel calls got back. */
    public record Outcomes(List<Response> responses) {
        /** How many answered each status and, for errors, problem type: "200", "409 x". */
        public Map<String, Long> tally() {
            return responses.stream()
                    .collect(
                            Collectors.groupingBy(
                                    Outcomes::label, TreeMap::new, Collectors.counting()));
        }

        /** Asserts the exact tally, e.g. {@code expect("200", 1, "412 stale-etag", 15)}. */
        public Outcomes expect(Object... labelsAndCounts) {
            Map<String, Long> expected = new TreeMap<>();
            for (int i = 0; i < labelsAndCounts.length; i += 2) {
                expected.put(
                        (String) labelsAndCounts[i], ((Number) labelsAndCounts[i + 1]).longValue());
            }
            assertEquals(expected, tally(), () -> "bodies: " + bodies());
            return this;
        }

        /** The responses with the given status. */
        public List<Response> withStatus(int status) {
            return responses.stream().filter(r -> r.statusCode() == status).toList();
        }

        private List<String> bodies() {
            return responses.stream().map(r -> r.statusCode() + " " + r.asString()).toList();
        }

        private static String label(Response response) {
            int status = response.statusCode();
            if (status < 400) {
                return String.valueOf(status);
            }
            String code = response.jsonPath().getString("code");
            return status + " " + code;
        }
    }
}
