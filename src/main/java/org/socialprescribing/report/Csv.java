package org.socialprescribing.report;

import java.util.List;
import java.util.stream.Collectors;
import org.socialprescribing.report.disclosure.Amount;
import org.socialprescribing.report.disclosure.Count;
import org.socialprescribing.report.disclosure.Statistic;

/**
 * A report as CSV for a spreadsheet: two comment lines stating what the report is and the
 * disclosure rules, a header row, then the rows. A suppressed cell says "suppressed"; a figure with
 * no data is empty.
 */
public final class Csv {
    public static final String MEDIA_TYPE = "text/csv";
    static final String SUPPRESSED = "suppressed";

    private final StringBuilder text = new StringBuilder();

    private Csv() {}

    public static Csv of(PublishedReport report) {
        Csv csv = new Csv();
        csv.text
                .append("# ")
                .append(report.report())
                .append(" report, referrals received ")
                .append(report.from())
                .append(" to ")
                .append(report.to())
                .append(grouping(report.groupBy()))
                .append(", generated ")
                .append(report.generatedAt())
                .append('\n');
        csv.text.append("# ").append(report.disclosure()).append('\n');
        return csv;
    }

    private static String grouping(List<?> groupBy) {
        return groupBy.isEmpty()
                ? ", not grouped"
                : groupBy.stream()
                        .map(Object::toString)
                        .collect(Collectors.joining(" and ", ", grouped by ", ""));
    }

    public Csv row(List<String> cells) {
        text.append(cells.stream().map(Csv::escape).collect(Collectors.joining(","))).append('\n');
        return this;
    }

    public static String cell(Count count) {
        return count.suppressed() ? SUPPRESSED : String.valueOf(count.value());
    }

    public static String cell(Statistic statistic) {
        if (statistic.suppressed()) {
            return SUPPRESSED;
        }
        return statistic.value() == null ? "" : statistic.value().toPlainString();
    }

    public static String cell(Amount amount) {
        if (amount.suppressed()) {
            return SUPPRESSED;
        }
        return amount.pence() == null ? "" : String.valueOf(amount.pence());
    }

    /**
     * A name or code as text. One a spreadsheet would read as a formula (starting =, +, @ or a
     * minus not before a digit) is quoted with a leading apostrophe.
     */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        boolean formula =
                !text.isEmpty()
                        && ("=+@\t\r".indexOf(text.charAt(0)) >= 0
                                || (text.charAt(0) == '-'
                                        && (text.length() == 1
                                                || !Character.isDigit(text.charAt(1)))));
        return formula ? "'" + text : text;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private static String escape(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                ? "\"" + cell.replace("\"", "\"\"") + "\""
                : cell;
    }
}
