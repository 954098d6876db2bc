package org.socialprescribing.evidence;

/**
 * The answer to the NHS Friends and Family Test question, "Overall, how was your experience of our
 * service?". Reported as the share of very good or good among those who answered other than don't
 * know.
 */
public enum ExperienceAnswer {
    VERY_GOOD("Very good"),
    GOOD("Good"),
    NEITHER_GOOD_NOR_POOR("Neither good nor poor"),
    POOR("Poor"),
    VERY_POOR("Very poor"),
    DONT_KNOW("Don't know");

    private final String words;

    ExperienceAnswer(String words) {
        this.words = words;
    }

    /** The answer as the question offers it. */
    public String words() {
        return words;
    }

    /** Very good or good. */
    public boolean positive() {
        return this == VERY_GOOD || this == GOOD;
    }

    /** Whether the answer counts towards the share: every answer but don't know. */
    public boolean counted() {
        return this != DONT_KNOW;
    }
}
