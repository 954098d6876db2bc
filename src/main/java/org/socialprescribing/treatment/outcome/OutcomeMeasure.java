package org.socialprescribing.treatment.outcome;

/**
 * The outcome measures a practitioner may record. Several are licensed, so the API stores the
 * answers' numbers and the scores, never the questionnaires' text.
 */
public enum OutcomeMeasure {
    /** Measure Yourself Medical Outcome Profile 2: built to evaluate CAM in general practice. */
    MYMOP2("MYMOP2"),
    /** Warwick-Edinburgh Mental Wellbeing Scale, 14 items. */
    WEMWBS("WEMWBS"),
    /** Short WEMWBS, 7 items, reported on the Rasch metric. */
    SWEMWBS("SWEMWBS"),
    /** The ONS four personal wellbeing questions. */
    ONS4("ONS4"),
    /** Patient Health Questionnaire, depression. */
    PHQ9("PHQ-9"),
    /** Generalised Anxiety Disorder scale. */
    GAD7("GAD-7"),
    /** EuroQol five dimensions, five levels, with the visual analogue scale. */
    EQ5D5L("EQ-5D-5L");

    private final String displayName;

    OutcomeMeasure(String displayName) {
        this.displayName = displayName;
    }

    /** The name clinicians write, e.g. "PHQ-9". */
    public String displayName() {
        return displayName;
    }
}
