package org.socialprescribing.common.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.error.InvalidFields;

/**
 * Parses query and path parameters so that a bad value is a clear 400 (or, for ids, a 404), never a
 * 500.
 */
public final class Params {
    private Params() {}

    /** An id that is not a UUID names nothing: callers answer 404. */
    public static Optional<UUID> uuid(String value) {
        try {
            return Optional.ofNullable(value).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The id in a path; one that is not a UUID names nothing, so it is a 404. */
    public static UUID pathId(String what, String value) {
        return uuid(value).orElseThrow(() -> DomainException.notFound(what + " " + value));
    }

    public static UUID uuidParam(String name, String value) {
        if (value == null) {
            return null;
        }
        return uuid(value).orElseThrow(() -> invalid(name, "must be a UUID"));
    }

    public static Boolean bool(String name, String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw invalid(name, "must be true or false");
        };
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw invalid(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static LocalDate date(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(name, "must be a date such as 2026-01-31");
        }
    }

    public static long longValue(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw invalid(name, "is not a cursor this API issued");
        }
    }

    public static int pageNumber(String value) {
        return value == null
                ? 0
                : (int)
                        wholeNumber(
                                "page",
                                value,
                                0,
                                100_000,
                                "must be a whole number from 0 to 100000");
    }

    public static int limit(String name, String value, int defaultLimit, int maxLimit) {
        return value == null
                ? defaultLimit
                : (int)
                        wholeNumber(
                                name,
                                value,
                                1,
                                maxLimit,
                                "must be a whole number from 1 to " + maxLimit);
    }

    /** A whole number from min to max, or a validation problem naming the parameter. */
    public static long wholeNumber(String name, String value, long min, long max, String message) {
        try {
            long number = Long.parseLong(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw invalid(name, message);
    }

    /** A bad parameter: a validation problem naming it. */
    public static InvalidFields invalid(String name, String message) {
        return InvalidFields.of(name, message);
    }
}
