package org.socialprescribing.directory.practice;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.error.InvalidFields;
import org.socialprescribing.common.error.ProblemType;
import org.socialprescribing.directory.practice.PracticeApi.PracticeRequest;
import org.socialprescribing.directory.practice.PracticeApi.PracticeView;

@ApplicationScoped
@Transactional
public class PracticeService {
    private final PracticeRepository practices;

    public PracticeService(PracticeRepository practices) {
        this.practices = practices;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PracticeView> list(String pcnCode, String icbCode) {
        return practices.listAll(Sort.by("odsCode")).stream()
                .filter(p -> pcnCode == null || pcnCode.equals(p.pcnCode))
                .filter(p -> icbCode == null || icbCode.equals(p.icbCode))
                .map(PracticeView::of)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PracticeView> find(String odsCode) {
        return practices.findByIdOptional(odsCode).map(PracticeView::of);
    }

    public PracticeView create(PracticeRequest request) {
        if (practices.findByIdOptional(request.odsCode()).isPresent()) {
            throw new DomainException(
                    ProblemType.ALREADY_EXISTS,
                    "Practice " + request.odsCode() + " already exists");
        }
        Practice practice = new Practice();
        practice.odsCode = request.odsCode();
        apply(practice, request);
        practices.persist(practice);
        return PracticeView.of(practice);
    }

    public Optional<PracticeView> update(String odsCode, PracticeRequest request) {
        if (!odsCode.equals(request.odsCode())) {
            throw InvalidFields.of("odsCode", "must match the address (" + odsCode + ")");
        }
        return practices
                .findByIdOptional(odsCode)
                .map(
                        practice -> {
                            apply(practice, request);
                            return PracticeView.of(practice);
                        });
    }

    private static void apply(Practice practice, PracticeRequest request) {
        practice.name = request.name();
        practice.pcnCode = request.pcnCode();
        practice.icbCode = request.icbCode();
        practice.postcode = request.postcode();
    }
}
