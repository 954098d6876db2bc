package org.socialprescribing.letter.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.socialprescribing.letter.LetterContent;
import org.socialprescribing.letter.LetterContent.Addressee;
import org.socialprescribing.letter.LetterContent.Author;
import org.socialprescribing.letter.LetterContent.LetterStatus;
import org.socialprescribing.letter.LetterContent.Narrative;
import org.socialprescribing.letter.LetterContent.Outcomes;
import org.socialprescribing.letter.LetterContent.PatientIdentity;

/**
 * The treatment-summary letter as an A4 PDF: the Qute template lays it out in XHTML and CSS, and
 * openhtmltopdf prints it. Text in the letter is escaped by the template; the renderer may load
 * nothing from outside, so even a value that slipped through could not fetch a file or a URL.
 */
@ApplicationScoped
public class LetterPdf {
    /** The one font family of the letter; the template's CSS names it. */
    static final String FONT_FAMILY = "DejaVu Sans";

    private final Template template;
    private final byte[] regularFont;
    private final byte[] boldFont;

    public LetterPdf(@Location("letter/treatment-summary.html") Template template) {
        this.template = template;
        // The renderer's logger is global; its messages belong in the application's log.
        XRLog.setLoggerImpl(RendererLog.INSTANCE);
        // Read once: the fonts are 1.4 MB together and every letter embeds a subset of them.
        this.regularFont = fontResource("DejaVuSans.ttf");
        this.boldFont = fontResource("DejaVuSans-Bold.ttf");
    }

    public byte[] render(LetterContent letter) {
        LetterContent complete = withoutMissingParts(letter);
        String html =
                template.data("letter", complete)
                        // Anything not known to be sent is marked as a draft, never passed off as
                        // sent.
                        .data("draft", complete.status() != LetterStatus.SENT)
                        .data("patientName", patientName(complete.patient()))
                        .render();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFont(() -> stream(regularFont), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> stream(boldFont), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.useDefaultPageSize(210, 297, PageSizeUnits.MM);
        // A tagged PDF that screen readers can follow (the NHS Accessible Information Standard
        // applies to letters). It also leaves out the renderer's PDF base-14 fallback fonts, which
        // are never embedded: with them gone, nothing can be set in a font the PDF does not carry.
        builder.usePdfUaAccessibility(true);
        for (ExternalResourceControlPriority when : ExternalResourceControlPriority.values()) {
            builder.useExternalResourceAccessControl((uri, type) -> false, when);
        }
        builder.withProducer("Social prescribing referral API");
        builder.withHtmlContent(html, null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render letter " + letter.letterId(), e);
        }
        return pdf.toByteArray();
    }

    /** "Given Family", or a dash when neither is known; used in the title and on every page. */
    static String patientName(PatientIdentity patient) {
        String name =
                Stream.of(patient.givenName(), patient.familyName())
                        .filter(LetterFormat::present)
                        .map(String::strip)
                        .collect(Collectors.joining(" "));
        return name.isEmpty() ? LetterFormat.NONE : name;
    }

    /**
     * Parts the letter cannot do without are given empty stand-ins, so that the template deals with
     * missing values only (shown as dashes) and never with a missing part. The course and the
     * outcomes stay missing: the template says so in words rather than print zeros.
     */
    private static LetterContent withoutMissingParts(LetterContent letter) {
        Author author = letter.author();
        if (author == null) {
            author = new Author(null, null, null, List.of());
        } else if (author.registrations() == null) {
            author =
                    new Author(
                            author.practitionerId(),
                            author.name(),
                            author.regulationStatus(),
                            List.of());
        }
        Outcomes outcomes = letter.outcomes();
        if (outcomes != null && outcomes.lines() == null) {
            outcomes =
                    new Outcomes(
                            outcomes.shared(),
                            outcomes.note(),
                            List.of(),
                            outcomes.patientExperience());
        }
        return new LetterContent(
                letter.letterId(),
                letter.referralId(),
                letter.status(),
                letter.sentAt(),
                orElse(letter.addressee(), new Addressee(null, null, null)),
                orElse(letter.patient(), new PatientIdentity(null, null, null, null, null)),
                author,
                letter.therapyName(),
                letter.referralReason(),
                letter.referredOn(),
                letter.course(),
                outcomes,
                orElse(letter.narrative(), new Narrative(null, null, null, null, null, null)));
    }

    private static <T> T orElse(T value, T standIn) {
        return value != null ? value : standIn;
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static byte[] fontResource(String name) {
        String path = "/fonts/" + name;
        try (InputStream in = LetterPdf.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Font " + path + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read font " + path, e);
        }
    }
}
