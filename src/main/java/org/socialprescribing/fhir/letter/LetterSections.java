package org.socialprescribing.fhir.letter;

import java.math.BigDecimal;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Composition.SectionComponent;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Narrative.NarrativeStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.utilities.xhtml.NodeType;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;
import org.socialprescribing.letter.LetterContent;
import org.socialprescribing.letter.LetterContent.Course;
import org.socialprescribing.letter.LetterContent.OutcomeLine;

/**
 * The Composition's sections, in PRSB's order for a message back to the GP: what was offered, what
 * was taken up, the outcomes (withheld unless the patient agreed to share them), then the
 * practitioner's own words.
 */
final class LetterSections {
    private LetterSections() {}

    static void add(Composition composition, LetterContent letter, List<String> observationUrls) {
        section(composition, "What was offered", offered(letter));
        section(composition, "What was taken up", takenUp(letter.course()));
        outcomes(composition, letter, observationUrls);
        LetterContent.Narrative narrative = letter.narrative();
        section(composition, "Summary of treatment", narrative.summaryOfTreatment());
        optionalSection(composition, "Response to treatment", narrative.response());
        optionalSection(composition, "Advice given", narrative.adviceGiven());
        section(
                composition,
                "Recommendation",
                recommendation(narrative.recommendation())
                        + (narrative.recommendationDetail() == null
                                ? ""
                                : ": " + narrative.recommendationDetail()));
        optionalSection(composition, "Safety concerns", narrative.safetyConcerns());
    }

    private static String offered(LetterContent letter) {
        return (letter.therapyName() == null ? "Treatment" : letter.therapyName())
                + " with "
                + letter.author().name()
                + ", after referral on "
                + letter.referredOn()
                + " for: "
                + letter.referralReason()
                + ". Sessions offered: "
                + letter.course().sessionsOffered()
                + ".";
    }

    private static String takenUp(Course course) {
        return "Sessions attended: "
                + course.sessionsAttended()
                + "; did not attend: "
                + course.didNotAttend()
                + "; cancelled by the patient: "
                + course.cancelledByPatient()
                + "; cancelled by the practitioner: "
                + course.cancelledByPractitioner()
                + (course.firstSession() == null
                        ? ""
                        : "; from " + course.firstSession() + " to " + course.lastSession())
                + (course.endedEarly()
                        ? ". The course ended early (" + course.endReason() + ")."
                        : ".");
    }

    private static void outcomes(
            Composition composition, LetterContent letter, List<String> observationUrls) {
        SectionComponent outcomes = section(composition, "Outcomes", outcomesText(letter));
        observationUrls.forEach(url -> outcomes.addEntry(new Reference(url)));
        if (!letter.outcomes().shared()) {
            outcomes.setEmptyReason(
                    new CodeableConcept(
                            new Coding(
                                    "http://terminology.hl7.org/CodeSystem/list-empty-reason",
                                    "withheld",
                                    "Information Withheld")));
        }
    }

    private static String outcomesText(LetterContent letter) {
        if (!letter.outcomes().shared() || letter.outcomes().lines().isEmpty()) {
            return letter.outcomes().note();
        }
        StringBuilder text = new StringBuilder();
        for (OutcomeLine line : letter.outcomes().lines()) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(line.measure())
                    .append(' ')
                    .append(line.score())
                    .append(": ")
                    .append(plain(line.baseline()));
            if (line.end() != null) {
                text.append(" to ").append(plain(line.end()));
            }
            if (Boolean.TRUE.equals(line.meaningfulImprovement())) {
                text.append(" (a meaningful improvement)");
            }
        }
        return text.toString();
    }

    private static String recommendation(LetterContent.Recommendation recommendation) {
        if (recommendation == null) {
            return "No recommendation";
        }
        return switch (recommendation) {
            case CONTINUE -> "Continue the therapy";
            case STOP -> "Stop the therapy";
            case REFER_ELSEWHERE -> "Refer elsewhere";
        };
    }

    private static SectionComponent section(Composition composition, String title, String text) {
        SectionComponent section = composition.addSection().setTitle(title);
        section.setText(narrative(text == null || text.isBlank() ? "None recorded." : text));
        return section;
    }

    private static void optionalSection(Composition composition, String title, String text) {
        if (text != null && !text.isBlank()) {
            section(composition, title, text);
        }
    }

    /** Plain text as XHTML narrative; the text is escaped by the node, never parsed as markup. */
    private static Narrative narrative(String text) {
        XhtmlNode div = new XhtmlNode(NodeType.Element, "div");
        div.setAttribute("xmlns", "http://www.w3.org/1999/xhtml");
        div.addTag("p").addText(text);
        return new Narrative().setStatus(NarrativeStatus.GENERATED).setDiv(div);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }
}
