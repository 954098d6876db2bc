package org.socialprescribing.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rates and shares as the reports publish them: three decimals, halves rounded up. */
public final class Ratio {
    private Ratio() {}

    /** {@code part} over {@code whole}; none when the whole is nothing. */
    public static BigDecimal of(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part)
                        .divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_UP);
    }
}
