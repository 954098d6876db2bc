package org.socialprescribing.report.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mean change and its 95% interval, against hand calculations and published t tables. */
class MeanChangeTest {

    @Test
    void eightChangesGiveTheHandCalculatedInterval() {
        // -10, -8, -6, -6, -5, -3, -1, 0: sum -39, sum of squares 271
        MeanChange change = MeanChange.of(8, new BigDecimal("-39"), new BigDecimal("271"));
        assertEquals(new BigDecimal("-4.875"), change.mean());
        assertEquals(new BigDecimal("-7.717"), change.low());
        assertEquals(new BigDecimal("-2.033"), change.high());
    }

    @Test
    void oneChangeHasAMeanButNoInterval() {
        MeanChange change = MeanChange.of(1, new BigDecimal("-10"), new BigDecimal("100"));
        assertEquals(new BigDecimal("-10.000"), change.mean());
        assertNull(change.low());
        assertNull(change.high());
    }

    @Test
    void noChangesHaveNoMean() {
        assertNull(MeanChange.of(0, BigDecimal.ZERO, BigDecimal.ZERO));
    }

    @Test
    void identicalChangesHaveAnIntervalOfNoWidth() {
        MeanChange change = MeanChange.of(10, new BigDecimal("30"), new BigDecimal("90"));
        assertEquals(change.mean(), change.low());
        assertEquals(change.mean(), change.high());
    }

    @ParameterizedTest(name = "t(0.975, {0}) = {1}")
    @CsvSource({"1,12.706", "7,2.365", "30,2.042", "31,2.040", "40,2.021", "60,2.000", "120,1.980"})
    void criticalValuesMatchPublishedTables(long degreesOfFreedom, double published) {
        assertEquals(published, MeanChange.t975(degreesOfFreedom), 0.001);
    }
}
