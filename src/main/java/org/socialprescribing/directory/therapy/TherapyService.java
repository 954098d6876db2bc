package org.socialprescribing.directory.therapy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.error.InvalidFields;
import org.socialprescribing.common.error.ProblemType;
import org.socialprescribing.directory.therapy.TherapyApi.TherapyRequest;
import org.socialprescribing.directory.therapy.TherapyApi.TherapyView;

@ApplicationScoped
@Transactional
public class TherapyService {
    private final TherapyRepository therapies;

    public TherapyService(TherapyRepository therapies) {
        this.therapies = therapies;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TherapyView> list() {
        return therapies.listAll().stream()
                .sorted((a, b) -> a.name.compareToIgnoreCase(b.name))
                .map(TherapyView::of)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TherapyView> find(String code) {
        return therapies.findByIdOptional(code).map(TherapyView::of);
    }

    public TherapyView create(TherapyRequest request) {
        if (therapies.findByIdOptional(request.code()).isPresent()) {
            throw new DomainException(
                    ProblemType.ALREADY_EXISTS, "Therapy " + request.code() + " already exists");
        }
        Therapy therapy = new Therapy();
        therapy.code = request.code();
        apply(therapy, request);
        therapies.persist(therapy);
        return TherapyView.of(therapy);
    }

    public Optional<TherapyView> update(String code, TherapyRequest request) {
        if (!code.equals(request.code())) {
            throw InvalidFields.of("code", "must match the address (" + code + ")");
        }
        return therapies
                .findByIdOptional(code)
                .map(
                        therapy -> {
                            apply(therapy, request);
                            return TherapyView.of(therapy);
                        });
    }

    private static void apply(Therapy therapy, TherapyRequest request) {
        therapy.name = request.name();
        therapy.category = request.category();
        therapy.summary = request.summary();
        therapy.evidenceSummary = request.evidenceSummary();
        therapy.niceGuidance = request.niceGuidance();
        therapy.snomedCode = request.snomedCode();
        therapy.assuringRegisters =
                request.assuringRegisters() == null
                        ? new LinkedHashSet<>()
                        : new LinkedHashSet<>(request.assuringRegisters());
    }
}
