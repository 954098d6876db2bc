package org.socialprescribing.concurrency;

import static org.socialprescribing.testing.Api.as;
import static org.socialprescribing.testing.Parallel.CALLS;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialprescribing.testing.Directory;
import org.socialprescribing.testing.Parallel;
import org.socialprescribing.testing.TestTokens;

/** The directory's codes are unique even when the same entry is added by many calls at once. */
@QuarkusTest
class ConcurrentDirectoryTest {
    private static final String ADMIN = TestTokens.admin();

    @Test
    void aTherapyAddedManyTimesAtOnceIsAddedOnce() {
        Map<String, Object> therapy =
                Directory.therapy(Directory.uniqueTherapyCode("RACE"), "Raced therapy");
        Parallel.send(CALLS, i -> as(ADMIN).body(therapy).post(Directory.THERAPIES))
                .expect("201", 1, "409 already-exists", CALLS - 1);
        as(ADMIN).get(Directory.THERAPIES + "/" + therapy.get("code")).then().statusCode(200);
    }

    @Test
    void aPracticeAddedManyTimesAtOnceIsAddedOnce() {
        Map<String, Object> practice =
                Directory.practice(Directory.uniqueOds(), "Raced Surgery", "U00001", "QHM");
        Parallel.send(CALLS, i -> as(ADMIN).body(practice).post(Directory.PRACTICES))
                .expect("201", 1, "409 already-exists", CALLS - 1);
        as(ADMIN).get(Directory.PRACTICES + "/" + practice.get("odsCode")).then().statusCode(200);
    }
}
