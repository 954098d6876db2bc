package org.socialprescribing.fhir.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.error.ProblemType;
import org.socialprescribing.common.security.CurrentCaller;
import org.socialprescribing.letter.LetterContent;
import org.socialprescribing.letter.LetterContent.LetterStatus;
import org.socialprescribing.letter.LetterService;
import org.socialprescribing.letter.pdf.LetterPdf;

/**
 * The FHIR interface's door into the treatment-summary letter: read as the REST API reads it (same
 * access and audit), and only once sent: a draft is not a document the GP has received.
 */
@ApplicationScoped
public class LetterGateway {
    private final LetterService letters;
    private final LetterPdf pdf;
    private final CurrentCaller currentCaller;

    public LetterGateway(LetterService letters, LetterPdf pdf, CurrentCaller currentCaller) {
        this.letters = letters;
        this.pdf = pdf;
        this.currentCaller = currentCaller;
    }

    /** The sent letter with this id; 404 for a draft, a letter you may not see, or none. */
    public LetterContent sentLetter(UUID letterId) {
        return sent(letters.readLetter(currentCaller.get(), letterId))
                .orElseThrow(
                        () -> DomainException.notFound("Treatment-summary letter " + letterId));
    }

    /** The referral's sent letter, if there is one that you may see. */
    public Optional<LetterContent> sentLetterOfReferral(UUID referralId) {
        try {
            return sent(letters.read(currentCaller.get(), referralId));
        } catch (DomainException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public byte[] pdf(LetterContent letter) {
        return pdf.render(letter);
    }

    private static Optional<LetterContent> sent(LetterContent letter) {
        return Optional.of(letter).filter(l -> l.status() == LetterStatus.SENT);
    }
}
