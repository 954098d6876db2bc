package org.socialprescribing.common.web;

import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.error.ProblemType;

/** Strong ETags built from a record's version, and the If-Match check that guards every change. */
public final class ETags {
    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Missing If-Match is 428; one that names no current version is 412. {@code *} matches any. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new DomainException(
                    ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag from your last read of this referral");
        }
        String current = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw new DomainException(
                ProblemType.PRECONDITION_FAILED,
                "The referral has changed since you read it; its ETag is now " + current);
    }
}
