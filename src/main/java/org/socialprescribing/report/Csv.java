package org.socialprescribing.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestResponse;
import org.socialprescribing.common.web.CsvHeaders;
import org.socialprescribing.report.disclosure.Amount;
import org.socialprescribing.report.disclosure.Count;
import org.socialprescribing.report.disclosure.Statistic;

/**
 * A report as CSV for a spreadsheet: the header row first, then the rows. What the report states
 * about itself (which report, its period, grouping, generation time and disclosure rules) travels
 * in response headers, so the file is a plain table. A suppressed cell says "suppressed"; a figure
 * with no data is empty. Every cell that starts with =, +, -, @, a tab or a carriage return is
 * neutralised with a leading apostrophe (OWASP's CSV-injection guidance), so no spreadsheet reads
 * it as a formula; negative figures therefore open as text.
 */
public final class Csv {
    public static final String MEDIA_TYPE = CsvHeaders.MEDIA_TYPE;
    static final String SUPPRESSED = "suppressed";
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final StringBuilder text = new StringBuilder();

    private Csv() {}

    public static Csv table() {
        return new Csv();
    }

    /**
     * The report's statement of itself, as response headers: {@code X-Report} (activity, outcomes,
     * spend), {@code X-Report-Period} (first/last day, ISO 8601), {@code X-Report-Grouping} (the
     * dimensions, comma-separated, or none), {@code X-Report-Cells-Overlap} (true when a person can
     * be in several rows, so that the rows do not add up to the TOTAL row), {@code
     * X-Report-Generated-At} and {@code X-Disclosure-Rules}.
     */
    public static Map<String, String> headers(PublishedReport report) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CsvHeaders.REPORT, report.report());
        headers.put(CsvHeaders.PERIOD, report.from() + "/" + report.to());
        headers.put(
                CsvHeaders.GROUPING,
                report.groupBy().isEmpty()
                        ? "none"
                        : report.groupBy().stream()
                                .map(Object::toString)
                                .collect(Collectors.joining(",")));
        headers.put(CsvHeaders.CELLS_OVERLAP, String.valueOf(report.cellsOverlap()));
        headers.put(CsvHeaders.GENERATED, report.generatedAt().toString());
        headers.put(CsvHeaders.RULES, ascii(report.disclosure()));
        return headers;
    }

    /**
     * The CSV response: the table as the body, the report's statement of itself in headers, and the
     * file name a download is saved under ("activity-2025-01-01-to-2025-12-31.csv").
     */
    public static RestResponse<String> response(PublishedReport report, String table) {
        RestResponse.ResponseBuilder<String> response =
                RestResponse.ResponseBuilder.ok(table, MEDIA_TYPE)
                        .header(
                                CsvHeaders.CONTENT_DISPOSITION,
                                "attachment; filename=\""
                                        + report.report()
                                        + "-"
                                        + report.from()
                                        + "-to-"
                                        + report.to()
                                        + ".csv\"");
        headers(report).forEach(response::header);
        return response.build();
    }

    public Csv row(List<String> cells) {
        text.append(
                        cells.stream()
                                .map(Csv::neutralised)
                                .map(Csv::escape)
                                .collect(Collectors.joining(",")))
                .append('\n');
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

    /** A name or code as text; none is an empty cell. */
    public static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private static String neutralised(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static String escape(String cell) {
        return cell.contains(",")
                        || cell.contains("\"")
                        || cell.contains("\n")
                        || cell.contains("\r")
                ? "\"" + cell.replace("\"", "\"\"") + "\""
                : cell;
    }

    /** Header values are ASCII: anything else becomes '?'. */
    private static String ascii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7f ? (char) c : '?'));
        return out.toString();
    }
}
