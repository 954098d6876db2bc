package org.socialprescribing.common.text;

import java.util.Optional;

/**
 * The one rule for text the API accepts: what PostgreSQL can store and what is text at all. NUL
 * (U+0000) cannot be stored in a PostgreSQL text column; an unpaired UTF-16 surrogate has no UTF-8
 * form; the other C0 control characters (all but tab, line feed and carriage return) are not text a
 * person writes. H2 would keep all three, so the API refuses them itself, on every database alike.
 */
public final class StorableText {
    /** The start of every refusal's message, so a client can tell this refusal from others. */
    public static final String CANNOT_BE_STORED = "cannot be stored: it contains ";

    private StorableText() {}

    /** Why the value cannot be stored, or empty when it can. */
    public static Optional<String> problem(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                return Optional.of(CANNOT_BE_STORED + "a NUL character (U+0000)");
            }
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(CANNOT_BE_STORED + "an unpaired UTF-16 surrogate");
            } else if (isRefusedControl(c)) {
                return Optional.of(
                        CANNOT_BE_STORED + String.format("the control character U+%04X", (int) c));
            }
        }
        return Optional.empty();
    }

    private static boolean isRefusedControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
    }
}
