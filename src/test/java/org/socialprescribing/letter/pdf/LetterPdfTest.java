package org.socialprescribing.letter.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.socialprescribing.letter.LetterContent;
import org.socialprescribing.letter.LetterContent.Addressee;
import org.socialprescribing.letter.LetterContent.Author;
import org.socialprescribing.letter.LetterContent.Course;
import org.socialprescribing.letter.LetterContent.LetterStatus;
import org.socialprescribing.letter.LetterContent.Narrative;
import org.socialprescribing.letter.LetterContent.OutcomeLine;
import org.socialprescribing.letter.LetterContent.Outcomes;
import org.socialprescribing.letter.LetterContent.PatientIdentity;
import org.socialprescribing.letter.LetterContent.Recommendation;
import org.socialprescribing.letter.LetterContent.RegistrationLine;

/**
 * The treatment-summary letter as the GP receives it: read back from the PDF with PDFBox, as a GP
 * system or a reader would. Set {@code -Dletter.pdf.samples=DIR} to keep the rendered letters.
 */
@QuarkusTest
class LetterPdfTest {
    private static final float A4_WIDTH = 595.28f;
    private static final float A4_HEIGHT = 841.89f;
    private static final List<String> SAMPLES_WRITTEN = new ArrayList<>();

    @Inject LetterPdf letterPdf;

    @Test
    void letterIsAnA4DocumentOfOneOrTwoPagesWithEmbeddedFonts() throws IOException {
        try (PDDocument pdf = render(sentLetter(), "letter-sample")) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 1 && pages <= 2, "pages: " + pages);
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                PDRectangle size = page.getMediaBox();
                assertEquals(A4_WIDTH, size.getWidth(), 1, "page width in points");
                assertEquals(A4_HEIGHT, size.getHeight(), 1, "page height in points");
                collectFonts(page.getResources(), fonts);
            }
            assertFalse(fonts.isEmpty(), "the letter has text, so it has fonts");
            assertTrue(
                    fonts.stream().allMatch(font -> font.endsWith(" embedded")),
                    "every font is embedded: " + fonts);
            assertTrue(
                    fonts.stream().allMatch(font -> font.contains("DejaVuSans")),
                    "only the shipped family is used: " + fonts);
        }
    }

    @Test
    void documentIsTitledForThePatientAndAuthoredByThePractitioner() throws IOException {
        try (PDDocument pdf = render(sentLetter())) {
            assertEquals(
                    "Treatment summary – Amelia Okafor", pdf.getDocumentInformation().getTitle());
            assertEquals("Priya Raman", pdf.getDocumentInformation().getAuthor());
        }
    }

    @Test
    void letterIdentifiesThePatientWithTheNhsNumberGroupedThreeThreeFour() throws IOException {
        String text = text(sentLetter());
        assertTrue(text.contains("Amelia Okafor"), text);
        assertTrue(text.contains("943 476 5919"), text);
        assertTrue(text.contains("4 February 1968"), text);
        assertTrue(text.contains("LS6 2QT"), text);
    }

    @Test
    void letterComesFromThePractitionerToTheReferringGpAndIsDatedTheDayItWasSent()
            throws IOException {
        String text = text(sentLetter());
        assertTrue(text.contains("Social prescribing – complementary therapy service"), text);
        assertTrue(text.contains("Dr Helen Marsh"), text);
        assertTrue(text.contains("Hyde Park Surgery"), text);
        assertTrue(text.contains("ODS code B86016"), text);
        assertTrue(text.contains("Dear Dr Helen Marsh,"), text);
        // 23:30 UTC on 30 June is already 1 July in the UK, where the letter is dated.
        assertTrue(text.contains("1 July 2025"), text);
        assertFalse(text.contains("DRAFT"), text);
    }

    @Test
    void factsTableSaysWhatWasOfferedAndTakenUp() throws IOException {
        String text = text(sentLetter());
        assertTrue(text.contains("Treatment summary: Acupuncture for Amelia Okafor"), text);
        assertTrue(text.contains("Referred on 3 March 2025"), text);
        assertTrue(text.contains("Chronic low back pain with anxiety"), text);
        assertTrue(
                text.contains(
                        "SESSIONS OFFERED 8 ATTENDED 6 DID NOT ATTEND 1 CANCELLED BY PATIENT 1"
                                + " CANCELLED BY PRACTITIONER 0"),
                text);
        assertTrue(text.contains("First session 17 March 2025 Last session 23 June 2025"), text);
        assertTrue(text.contains("Ended early No"), text);
    }

    @Test
    void aCourseThatEndedEarlySaysWhy() throws IOException {
        Course course =
                new Course(
                        8,
                        3,
                        2,
                        0,
                        0,
                        LocalDate.of(2025, 3, 17),
                        LocalDate.of(2025, 4, 14),
                        true,
                        "Moved out of the area.");
        String text = text(withCourse(sentLetter(), course));
        assertTrue(text.contains("Ended early Yes – Moved out of the area."), text);
    }

    @Test
    void sharedOutcomesAreTabulatedFromBaselineToEnd() throws IOException {
        String text = text(sentLetter());
        assertTrue(text.contains("Measure Score Baseline End Change Meaningful improvement"), text);
        assertTrue(text.contains("PHQ-9 Total 14 6 -8 Yes"), text);
        assertTrue(text.contains("MYMOP2 Profile 4.5 3.25 -1.25 Yes"), text);
        assertTrue(text.contains("WEMWBS Total 38 41 +3 —"), text);
    }

    @Test
    void withoutConsentTheOutcomeValuesAreLeftOutAndTheConsentNoteShown() throws IOException {
        // The record still carries a line, as a faulty caller might: consent decides, not the list.
        Outcomes unshared =
                new Outcomes(
                        false,
                        "The patient asked that outcome scores are not shared with the GP.",
                        List.of(line("PHQ-9", "Total", "14", "6", "-8", true)),
                        "Very good");
        String text = text(withOutcomes(sentLetter(), unshared));
        assertTrue(
                text.contains("The patient asked that outcome scores are not shared with the GP."),
                text);
        assertFalse(text.contains("PHQ-9"), text);
        assertFalse(text.contains("Baseline"), text);
        assertFalse(text.contains("-8"), text);
        assertFalse(text.contains("Very good"), text);
    }

    @Test
    void theSharedLetterGivesThePatientsFriendsAndFamilyTestAnswer() throws IOException {
        String text = text(sentLetter());
        assertTrue(text.contains("Overall, how was your experience of our service?"), text);
        assertTrue(text.contains("the patient answered: Good."), text);
    }

    @Test
    void theNarrativeAndTheRecommendationForTheGpAreShown() throws IOException {
        String text = text(sentLetter());
        assertTrue(text.contains("Six weekly sessions of traditional acupuncture"), text);
        assertTrue(text.contains("Sleeps through most nights"), text);
        assertTrue(text.contains("Daily walking, building to thirty minutes"), text);
        assertTrue(text.contains("Recommendation Continue the therapy"), text);
        assertTrue(text.contains("A further four sessions over eight weeks"), text);
        assertTrue(text.contains("Safety concerns None recorded."), text);
    }

    @Test
    void safetyConcernsAreShownWhenThereAreAny() throws IOException {
        Narrative narrative =
                new Narrative(
                        "Summary.",
                        "Response.",
                        "Advice.",
                        Recommendation.REFER_ELSEWHERE,
                        "Refer to the community mental health team.",
                        "Disclosed thoughts of self-harm at the last session; advised to contact"
                                + " the practice today.");
        String text = text(withNarrative(sentLetter(), narrative));
        assertTrue(text.contains("Disclosed thoughts of self-harm at the last session"), text);
        assertTrue(text.contains("Recommendation Refer elsewhere"), text);
    }

    @Test
    void signatureNamesThePractitionerWithEachRegistrationAndWhetherItIsCurrent()
            throws IOException {
        String text = text(sentLetter());
        assertTrue(text.contains("Yours sincerely, Priya Raman"), text);
        assertTrue(
                text.contains("On a register accredited by the Professional Standards Authority"),
                text);
        assertTrue(
                text.contains("BAC (British Acupuncture Council) 0412345 31 March 2026 Current"),
                text);
        assertTrue(
                text.contains(
                        "CNHC (Complementary and Natural Healthcare Council) CN-0099 31 January"
                                + " 2024 Not current"),
                text);
    }

    @Test
    void aDraftIsVisiblyMarkedDraftOnEveryPage() throws IOException {
        LetterContent draft = withStatus(sentLetter(), LetterStatus.DRAFT, null);
        try (PDDocument pdf = render(draft, "letter-draft")) {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                String text = pageText(pdf, page);
                assertTrue(text.contains("DRAFT – not sent to the GP"), "page " + page + text);
            }
            assertTrue(text(pdf).contains("DATE SENT DRAFT – not yet sent"));
        }
    }

    @Test
    void aNarrativeOfThreeThousandCharactersStillFitsOnTwoPages() throws IOException {
        String summary = prose(3_000, "End of the long summary.");
        LetterContent letter = withNarrative(sentLetter(), narrativeWithSummary(summary));
        try (PDDocument pdf = render(letter, "letter-long")) {
            assertTrue(pdf.getNumberOfPages() <= 2, "pages: " + pdf.getNumberOfPages());
            assertTrue(text(pdf).contains("End of the long summary."));
        }
    }

    /**
     * A clinical letter is never cut short to fit: what does not fit on two pages continues on
     * further pages, each numbered "Page X of Y" and naming the patient, so a missing page shows.
     */
    @Test
    void aNarrativeTooLongForTwoPagesContinuesOnNumberedPagesAndIsNeverCut() throws IOException {
        Narrative narrative =
                new Narrative(
                        prose(4_000, "End of summary."),
                        prose(4_000, "End of response."),
                        prose(4_000, "End of advice."),
                        Recommendation.STOP,
                        prose(2_000, "End of recommendation."),
                        null);
        try (PDDocument pdf = render(withNarrative(sentLetter(), narrative), "letter-longest")) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages > 2, "pages: " + pages);
            for (int page = 1; page <= pages; page++) {
                String text = pageAsSeen(pdf, page);
                assertTrue(text.contains("Page " + page + " of " + pages), text);
                assertTrue(text.contains("Amelia Okafor · NHS number 943 476 5919"), text);
            }
            String text = text(pdf);
            for (String end :
                    List.of(
                            "End of summary.",
                            "End of response.",
                            "End of advice.",
                            "End of recommendation.",
                            "Yours sincerely")) {
                assertTrue(text.contains(end), end);
            }
        }
    }

    @Test
    void markupInTheNarrativeIsPrintedAsTextNotInterpreted() throws IOException {
        String typed = "<script>alert(\"x\")</script> & \"quotes\" 'apostrophes' <b>not bold</b>";
        String text = text(withNarrative(sentLetter(), narrativeWithSummary(typed)));
        assertTrue(text.contains(typed), text);
        assertFalse(text.contains("&amp;") || text.contains("&lt;") || text.contains("&quot;"));
    }

    @Test
    void missingValuesAreShownAsDashesNeverAsNull() throws IOException {
        LetterContent sparse =
                new LetterContent(
                        null,
                        null,
                        LetterStatus.SENT,
                        null,
                        null,
                        new PatientIdentity("9434765919", null, null, null, null),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null);
        String text = text(sparse);
        assertFalse(text.toLowerCase().contains("null"), text);
        assertTrue(text.contains("DATE SENT —"), text);
        assertTrue(text.contains("PATIENT — NHS NUMBER 943 476 5919 DATE OF BIRTH —"), text);
        assertTrue(text.contains("Dear Doctor,"), text);
        assertTrue(text.contains("No sessions recorded"), text);
        assertTrue(text.contains("No outcome measures recorded."), text);
        assertTrue(text.contains("No professional registrations recorded."), text);
    }

    @AfterAll
    static void sayWhereTheSamplesWent() {
        SAMPLES_WRITTEN.forEach(System.out::println);
    }

    // --- reading the PDF ------------------------------------------------------------------

    private PDDocument render(LetterContent letter) throws IOException {
        return render(letter, null);
    }

    private PDDocument render(LetterContent letter, String sampleName) throws IOException {
        byte[] bytes = letterPdf.render(letter);
        String samples = System.getProperty("letter.pdf.samples");
        if (sampleName != null && samples != null) {
            Path file = Path.of(samples, sampleName + ".pdf");
            Files.write(file, bytes);
            SAMPLES_WRITTEN.add("Letter sample: " + file + " (" + bytes.length + " bytes)");
        }
        return Loader.loadPDF(bytes);
    }

    private String text(LetterContent letter) throws IOException {
        try (PDDocument pdf = render(letter)) {
            return text(pdf);
        }
    }

    /** The text in the order it was laid out, as a GP system indexing the letter takes it. */
    private static String text(PDDocument pdf) throws IOException {
        return read(pdf, 1, pdf.getNumberOfPages(), false);
    }

    private static String pageText(PDDocument pdf, int page) throws IOException {
        return read(pdf, page, page, false);
    }

    /**
     * One page's text as a reader sees it, top to bottom and left to right: a footer's page number
     * is drawn after the text around it, but read in place.
     */
    private static String pageAsSeen(PDDocument pdf, int page) throws IOException {
        return read(pdf, page, page, true);
    }

    /** Line breaks and runs of spaces become single spaces: layout is not content. */
    private static String read(PDDocument pdf, int firstPage, int lastPage, boolean asSeen)
            throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(asSeen);
        stripper.setStartPage(firstPage);
        stripper.setEndPage(lastPage);
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }

    /** Every font the resources use, drawn forms included, as "name embedded|not embedded". */
    private static void collectFonts(PDResources resources, List<String> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : " not embedded"));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }

    // --- letters ----------------------------------------------------------------------------

    private static LetterContent sentLetter() {
        return new LetterContent(
                UUID.fromString("6f1c2a5e-3b7d-4c1e-9a2f-0d8e7b6c5a41"),
                UUID.fromString("0b7e5d2c-9f4a-4e3b-8c1d-2a6f5e4d3c21"),
                LetterStatus.SENT,
                Instant.parse("2025-06-30T23:30:00Z"),
                new Addressee("B86016", "Hyde Park Surgery", "Dr Helen Marsh"),
                new PatientIdentity(
                        "9434765919", "Amelia", "Okafor", LocalDate.of(1968, 2, 4), "LS6 2QT"),
                new Author(
                        UUID.fromString("5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"),
                        "Priya Raman",
                        "ACCREDITED_REGISTER",
                        List.of(
                                new RegistrationLine(
                                        "BAC", "0412345", LocalDate.of(2026, 3, 31), true),
                                new RegistrationLine(
                                        "CNHC", "CN-0099", LocalDate.of(2024, 1, 31), false))),
                "Acupuncture",
                "Chronic low back pain with anxiety; poor sleep.",
                LocalDate.of(2025, 3, 3),
                new Course(
                        8,
                        6,
                        1,
                        1,
                        0,
                        LocalDate.of(2025, 3, 17),
                        LocalDate.of(2025, 6, 23),
                        false,
                        null),
                new Outcomes(
                        true,
                        null,
                        List.of(
                                line("PHQ-9", "Total", "14", "6", "-8", true),
                                line("MYMOP2", "Profile", "4.50", "3.25", "-1.25", true),
                                line("WEMWBS", "Total", "38", "41", "3", null)),
                        "Good"),
                new Narrative(
                        "Six weekly sessions of traditional acupuncture for low back pain, with"
                                + " breathing exercises for anxiety.",
                        "Pain eased from the fourth session. Sleeps through most nights now.",
                        "Daily walking, building to thirty minutes; the breathing exercise before"
                                + " sleep.",
                        Recommendation.CONTINUE,
                        "A further four sessions over eight weeks would consolidate the gains.",
                        null));
    }

    private static OutcomeLine line(
            String measure,
            String score,
            String baseline,
            String end,
            String change,
            Boolean meaningful) {
        return new OutcomeLine(
                measure,
                score,
                new BigDecimal(baseline),
                new BigDecimal(end),
                new BigDecimal(change),
                meaningful);
    }

    private static Narrative narrativeWithSummary(String summary) {
        return new Narrative(
                summary,
                "Pain eased from the fourth session.",
                "Daily walking.",
                Recommendation.CONTINUE,
                "A further four sessions.",
                null);
    }

    /** Plausible clinical prose of about {@code length} characters, ending with {@code end}. */
    private static String prose(int length, String end) {
        String sentence =
                "The patient attended and engaged well, reported less pain on waking and"
                        + " practised the exercises at home between sessions. ";
        StringBuilder text = new StringBuilder();
        while (text.length() + sentence.length() + end.length() <= length) {
            text.append(sentence);
        }
        return text.append(end).toString();
    }

    private static LetterContent withStatus(LetterContent l, LetterStatus status, Instant sentAt) {
        return new LetterContent(
                l.letterId(),
                l.referralId(),
                status,
                sentAt,
                l.addressee(),
                l.patient(),
                l.author(),
                l.therapyName(),
                l.referralReason(),
                l.referredOn(),
                l.course(),
                l.outcomes(),
                l.narrative());
    }

    private static LetterContent withCourse(LetterContent l, Course course) {
        return new LetterContent(
                l.letterId(),
                l.referralId(),
                l.status(),
                l.sentAt(),
                l.addressee(),
                l.patient(),
                l.author(),
                l.therapyName(),
                l.referralReason(),
                l.referredOn(),
                course,
                l.outcomes(),
                l.narrative());
    }

    private static LetterContent withOutcomes(LetterContent l, Outcomes outcomes) {
        return new LetterContent(
                l.letterId(),
                l.referralId(),
                l.status(),
                l.sentAt(),
                l.addressee(),
                l.patient(),
                l.author(),
                l.therapyName(),
                l.referralReason(),
                l.referredOn(),
                l.course(),
                outcomes,
                l.narrative());
    }

    private static LetterContent withNarrative(LetterContent l, Narrative narrative) {
        return new LetterContent(
                l.letterId(),
                l.referralId(),
                l.status(),
                l.sentAt(),
                l.addressee(),
                l.patient(),
                l.author(),
                l.therapyName(),
                l.referralReason(),
                l.referredOn(),
                l.course(),
                l.outcomes(),
                narrative);
    }
}
