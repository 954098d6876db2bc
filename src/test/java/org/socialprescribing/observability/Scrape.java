package org.socialprescribing.observability;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What Prometheus reads at /q/metrics (no token), parsed into series. */
record Scrape(String text, List<Series> series) {
    private static final Pattern LINE =
            Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"([^\"]*)\"");

    record Series(String name, Map<String, String> labels, double value) {}

    static Scrape now() {
        String text =
                given().accept("text/plain; version=0.0.4")
                        .get("/q/metrics")
                        .then()
                        .statusCode(200)
                        .contentType(org.hamcrest.Matchers.startsWith("text/plain"))
                        .extract()
                        .asString();
        List<Series> series = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (!line.startsWith("#") && m.matches()) {
                Map<String, String> labels = new LinkedHashMap<>();
                Matcher l = LABEL.matcher(m.group(3) == null ? "" : m.group(3));
                while (l.find()) {
                    labels.put(l.group(1), l.group(2));
                }
                series.add(new Series(m.group(1), labels, Double.parseDouble(m.group(4))));
            }
        }
        return new Scrape(text, series);
    }

    /** The sum over the series of that name whose labels include these (0 if there is none). */
    double value(String name, String... labelPairs) {
        return matching(name, labelPairs).stream().mapToDouble(Series::value).sum();
    }

    boolean has(String name, String... labelPairs) {
        return !matching(name, labelPairs).isEmpty();
    }

    private List<Series> matching(String name, String... labelPairs) {
        return series.stream()
                .filter(s -> s.name().equals(name))
                .filter(
                        s -> {
                            for (int i = 0; i < labelPairs.length; i += 2) {
                                if (!labelPairs[i + 1].equals(s.labels().get(labelPairs[i]))) {
                                    return false;
                                }
                            }
                            return true;
                        })
                .toList();
    }
}
