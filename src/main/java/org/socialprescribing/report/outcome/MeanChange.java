package org.socialprescribing.report.outcome;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The mean of paired changes with its 95% confidence interval (Student's t with n - 1 degrees of
 * freedom), from the count, sum and sum of squares that a grouped query returns.
 */
public record MeanChange(BigDecimal mean, BigDecimal low, BigDecimal high) {
    static final int SCALE = 3;

    /** Two-sided 95% critical values of t for 1 to 30 degrees of freedom. */
    private static final double[] T_975 = {
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
        2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
        2.052, 2.048, 2.045, 2.042
    };

    private static final double Z_975 = 1.959964;

    /** The mean and interval of n changes, or null when n is 0; no interval when n is 1. */
    public static MeanChange of(long n, BigDecimal sum, BigDecimal sumOfSquares) {
        if (n == 0) {
            return null;
        }
        BigDecimal count = BigDecimal.valueOf(n);
        BigDecimal mean = sum.divide(count, MathContext.DECIMAL64);
        if (n == 1) {
            return new MeanChange(round(mean), null, null);
        }
        double variance =
                sumOfSquares
                        .subtract(sum.multiply(sum).divide(count, MathContext.DECIMAL64))
                        .divide(BigDecimal.valueOf(n - 1), MathContext.DECIMAL64)
                        .doubleValue();
        double half = t975(n - 1) * Math.sqrt(Math.max(variance, 0) / n);
        BigDecimal margin = BigDecimal.valueOf(half);
        return new MeanChange(round(mean), round(mean.subtract(margin)), round(mean.add(margin)));
    }

    /**
     * The 97.5th percentile of Student's t: tabled up to 30 degrees of freedom, then the
     * Cornish-Fisher expansion about the normal, which is within 0.001 there.
     */
    static double t975(long degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("at least one degree of freedom");
        }
        if (degreesOfFreedom <= T_975.length) {
            return T_975[(int) degreesOfFreedom - 1];
        }
        double z = Z_975;
        double v = degreesOfFreedom;
        double z3 = z * z * z;
        double z5 = z3 * z * z;
        double z7 = z5 * z * z;
        return z
                + (z3 + z) / (4 * v)
                + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v)
                + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v);
    }

    public static BigDecimal round(BigDecimal value) {
        return value == null ? null : value.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
