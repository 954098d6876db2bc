package org.socialprescribing.letter.pdf;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.socialprescribing.common.time.UkTime;
import org.socialprescribing.directory.register.Register;
import org.socialprescribing.letter.LetterContent.Recommendation;

/**
 * How the letter writes values, as {@code fmt:} functions for its template. Every function shows a
 * missing value as a dash, so a gap in the record reads as "not recorded" and never as "null" or as
 * an empty cell the GP might take for a rendering fault.
 */
@TemplateExtension(namespace = "fmt")
final class LetterFormat {
    static final String NONE = "—";

    /** A letter's date is the UK calendar date it was sent, whatever the server's zone. */
    private static final ZoneId UK = UkTime.ZONE;

    /** NHS style: "3 March 2025", never a numeric date a reader could take for US order. */
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private LetterFormat() {}

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    static String text(String value) {
        return value == null || value.isBlank() ? NONE : value.strip();
    }

    /** The NHS number in the 3-3-4 grouping people read it in; anything else as it was given. */
    static String nhsNumber(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        String digits = value.replaceAll("\\s", "");
        if (!digits.matches("\\d{10}")) {
            return value.strip();
        }
        return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
    }

    static String date(LocalDate value) {
        return value == null ? NONE : DATE.format(value);
    }

    static String sentOn(Instant value) {
        return value == null ? NONE : DATE.format(value.atZone(UK));
    }

    /** Scores without trailing zeros: a PHQ-9 of 14 is "14", a MYMOP2 profile of 2.50 is "2.5". */
    static String score(BigDecimal value) {
        return value == null ? NONE : value.stripTrailingZeros().toPlainString();
    }

    /** A change is signed so that a rise reads as a rise: "+3", "-8", "0". */
    static String change(BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        return (value.signum() > 0 ? "+" : "") + score(value);
    }

    static String yesNo(Boolean value) {
        if (value == null) {
            return NONE;
        }
        return value ? "Yes" : "No";
    }

    static String count(int value) {
        return Integer.toString(value);
    }

    static String recommendation(Recommendation value) {
        if (value == null) {
            return NONE;
        }
        return switch (value) {
            case CONTINUE -> "Continue the therapy";
            case STOP -> "Stop the therapy";
            case REFER_ELSEWHERE -> "Refer elsewhere";
        };
    }

    /** The regulation status codes of the directory, in words a GP can act on. */
    static String regulation(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        return switch (value.strip()) {
            case "STATUTORY" -> "Registered with a statutory regulator";
            case "ACCREDITED_REGISTER" ->
                    "On a register accredited by the Professional Standards Authority";
            case "UNVERIFIED" -> "No current registration verified";
            default -> value.strip();
        };
    }

    /**
     * A register's code with its full name, because "BAC" or "GCC" alone means little to most GPs.
     */
    static String register(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        String code = value.strip();
        for (Register register : Register.values()) {
            if (register.name().equalsIgnoreCase(code)) {
                return register == Register.OTHER
                        ? register.fullName()
                        : register.name() + " (" + register.fullName() + ")";
            }
        }
        return code;
    }

    static String currency(boolean current) {
        return current ? "Current" : "Not current";
    }
}
