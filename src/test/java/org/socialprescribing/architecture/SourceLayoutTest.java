package org.socialprescribing.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a reader meets in the main sources: every package says what lives there, no class is so long
 * that it does several jobs, no method so long that it cannot be read at once.
 */
class SourceLayoutTest {
    private static final Path MAIN = Path.of("src", "main", "java", "org", "socialprescribing");
    private static final int MAX_FILE_LINES = 350;
    private static final int MAX_METHOD_LINES = 50;

    /** A method or constructor: its declaration line, at some indent, opens a body. */
    private static final Pattern DECLARATION =
            Pattern.compile(
                    "^( +)(?:(?:public|protected|private|static|final|synchronized|default)\\s+)*"
                            + "(?:<[^>]+>\\s+)?[\\w<>\\[\\], .?]+\\s+\\w+\\(.*");

    @Test
    void everyPackageSaysWhatLivesThereAndWhatItMayDependOn() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                if (!Files.exists(dir.resolve("package-info.java"))) {
                    missing.add(MAIN.relativize(dir).toString());
                }
            }
        }
        assertTrue(missing.isEmpty(), "packages without package-info.java: " + missing);
    }

    @Test
    void noClassIsOverAboutThreeHundredAndFiftyLines() throws IOException {
        List<String> long_ = new ArrayList<>();
        for (Path file : sources()) {
            int lines = Files.readAllLines(file).size();
            if (lines > MAX_FILE_LINES) {
                long_.add(MAIN.relativize(file) + " (" + lines + " lines)");
            }
        }
        assertTrue(long_.isEmpty(), "classes over " + MAX_FILE_LINES + " lines: " + long_);
    }

    @Test
    void noMethodIsOverAboutFiftyLines() throws IOException {
        List<String> long_ = new ArrayList<>();
        for (Path file : sources()) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher declaration = DECLARATION.matcher(lines.get(i));
                if (!declaration.matches() || isStatement(lines.get(i))) {
                    continue;
                }
                String close = declaration.group(1) + "}";
                int end = bodyEnd(lines, i, close);
                if (end > 0 && end - i + 1 > MAX_METHOD_LINES) {
                    long_.add(MAIN.relativize(file) + ":" + (i + 1) + " (" + (end - i + 1) + ")");
                }
            }
        }
        assertTrue(long_.isEmpty(), "methods over " + MAX_METHOD_LINES + " lines: " + long_);
    }

    @Test
    void theClockAndTheUkZoneAreReadInOnePlace() throws IOException {
        Path time = MAIN.resolve(Path.of("common", "time"));
        List<String> elsewhere = new ArrayList<>();
        for (Path file : sources()) {
            String text = Files.readString(file);
            if (!file.startsWith(time)
                    && (text.contains("\"Europe/London\"") || text.contains("ChronoUnit.MICROS"))) {
                elsewhere.add(MAIN.relativize(file).toString());
            }
        }
        assertTrue(
                elsewhere.isEmpty(),
                "the UK zone or the microsecond clock outside common/time (use UkTime): "
                        + elsewhere);
    }

    /** The line that closes the body opened at or after {@code start}, or -1 if none opens. */
    private static int bodyEnd(List<String> lines, int start, String close) {
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.endsWith(";") && i == start) {
                return -1; // an abstract or interface method: no body
            }
            if (line.stripTrailing().endsWith("{")) {
                for (int j = i + 1; j < lines.size(); j++) {
                    if (lines.get(j).equals(close)) {
                        return j;
                    }
                }
                return -1;
            }
            if (line.stripTrailing().endsWith(";")) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isStatement(String line) {
        String code = line.strip();
        return code.startsWith("return ")
                || code.startsWith("throw ")
                || code.startsWith("new ")
                || code.startsWith("else ")
                || code.contains(" = ")
                || code.startsWith("if ")
                || code.startsWith("for ")
                || code.startsWith("while ")
                || code.startsWith("switch ")
                || code.startsWith("case ");
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }
}
