package org.socialprescribing.treatment.outcome;

import java.math.BigDecimal;

/**
 * SWEMWBS raw score (7-35) to metric score. The raw sum is not an interval scale; the Rasch
 * transformation (Stewart-Brown et al. 2009, Health Qual Life Outcomes 7:15) makes it one, and only
 * metric scores compare across studies.
 *
 * <p>Source: Warwick Medical School, "SWEMWBS raw score to metric score conversion table"
 * (warwick.ac.uk/fac/sci/med/research/platform/wemwbs/using/howto/
 * swemwbs_raw_score_to_metric_score_conversion_table.pdf). That PDF sits behind Warwick's user
 * registration; the values were checked against two independent published implementations of it,
 * which agree on all 29.
 */
final class SwemwbsConversion {
    static final int MIN_RAW = 7;
    static final int MAX_RAW = 35;

    // Index is raw score - 7.
    private static final BigDecimal[] METRIC = {
        new BigDecimal("7.00"), // 7
        new BigDecimal("9.51"), // 8
        new BigDecimal("11.25"), // 9
        new BigDecimal("12.40"), // 10
        new BigDecimal("13.33"), // 11
        new BigDecimal("14.08"), // 12
        new BigDecimal("14.75"), // 13
        new BigDecimal("15.32"), // 14
        new BigDecimal("15.84"), // 15
        new BigDecimal("16.36"), // 16
        new BigDecimal("16.88"), // 17
        new BigDecimal("17.43"), // 18
        new BigDecimal("17.98"), // 19
        new BigDecimal("18.59"), // 20
        new BigDecimal("19.25"), // 21
        new BigDecimal("19.98"), // 22
        new BigDecimal("20.73"), // 23
        new BigDecimal("21.54"), // 24
        new BigDecimal("22.35"), // 25
        new BigDecimal("23.21"), // 26
        new BigDecimal("24.11"), // 27
        new BigDecimal("25.03"), // 28
        new BigDecimal("26.02"), // 29
        new BigDecimal("27.03"), // 30
        new BigDecimal("28.13"), // 31
        new BigDecimal("29.31"), // 32
        new BigDecimal("30.70"), // 33
        new BigDecimal("32.55"), // 34
        new BigDecimal("35.00"), // 35
    };

    private SwemwbsConversion() {}

    static BigDecimal metric(int raw) {
        if (raw < MIN_RAW || raw > MAX_RAW) {
            throw new IllegalArgumentException("SWEMWBS raw score " + raw + " is not 7 to 35");
        }
        return METRIC[raw - MIN_RAW];
    }
}
