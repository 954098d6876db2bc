package org.socialprescribing.directory.practitioner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.error.InvalidFields;
import org.socialprescribing.common.error.ProblemType;
import org.socialprescribing.common.id.TimeOrderedIds;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.common.security.Role;
import org.socialprescribing.directory.practitioner.PractitionerApi.PractitionerRequest;
import org.socialprescribing.directory.practitioner.PractitionerApi.PractitionerView;
import org.socialprescribing.directory.practitioner.PractitionerApi.RegistrationRequest;
import org.socialprescribing.directory.register.Register;
import org.socialprescribing.directory.therapy.TherapyRepository;
import org.socialprescribing.report.disclosure.DisclosureControl;
import org.socialprescribing.report.disclosure.DisclosureSettings;

@ApplicationScoped
@Transactional
public class PractitionerService {
    private final PractitionerRepository practitioners;
    private final TherapyRepository therapies;
    private final ResponseFigures.Source figures;
    private final DisclosureSettings disclosure;
    private final Clock clock;

    public PractitionerService(
            PractitionerRepository practitioners,
            TherapyRepository therapies,
            ResponseFigures.Source figures,
            DisclosureSettings disclosure,
            Clock clock) {
        this.practitioners = practitioners;
        this.therapies = therapies;
        this.figures = figures;
        this.disclosure = disclosure;
        this.clock = clock;
    }

    /**
     * The directory search: by therapy, accepting status and regulation status, best assured first.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PractitionerView> search(
            Caller caller, String therapyCode, Boolean accepting, RegulationStatus regulation) {
        DisclosureControl control = control(caller);
        LocalDate today = LocalDate.now(clock);
        List<Practitioner> found =
                practitioners.listAll().stream()
                        .filter(p -> therapyCode == null || p.offers(therapyCode))
                        .filter(p -> accepting == null || p.acceptingReferrals == accepting)
                        .filter(p -> regulation == null || p.regulationStatus(today) == regulation)
                        .sorted(
                                Comparator.comparing((Practitioner p) -> p.regulationStatus(today))
                                        .thenComparing(p -> p.displayName))
                        .toList();
        Map<UUID, ResponseFigures> byId =
                figures.forPractitioners(found.stream().map(p -> p.id).toList());
        return found.stream()
                .map(
                        p ->
                                PractitionerView.of(
                                        p,
                                        today,
                                        byId.getOrDefault(p.id, ResponseFigures.NONE)
                                                .published(control)))
                .toList();
    }

    /** One practitioner, its response figures as the caller may see them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PractitionerView> find(Caller caller, UUID id) {
        DisclosureControl control = control(caller);
        return practitioners.findByIdOptional(id).map(p -> view(p, control));
    }

    /** One practitioner for another feature, its response figures controlled as for any role. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PractitionerView> find(UUID id) {
        DisclosureControl control = DisclosureControl.of(disclosure, false);
        return practitioners.findByIdOptional(id).map(p -> view(p, control));
    }

    public PractitionerView create(PractitionerRequest request) {
        Practitioner practitioner = new Practitioner();
        practitioner.id = TimeOrderedIds.next();
        apply(practitioner, request);
        practitioners.persist(practitioner);
        return view(practitioner, exact());
    }

    public Optional<PractitionerView> update(UUID id, PractitionerRequest request) {
        return practitioners
                .findByIdOptional(id)
                .map(
                        practitioner -> {
                            apply(practitioner, request);
                            practitioners.flush();
                            return view(practitioner, exact());
                        });
    }

    private PractitionerView view(Practitioner practitioner, DisclosureControl control) {
        ResponseFigures mine =
                figures.forPractitioners(List.of(practitioner.id))
                        .getOrDefault(practitioner.id, ResponseFigures.NONE);
        return PractitionerView.of(practitioner, LocalDate.now(clock), mine.published(control));
    }

    /**
     * Response figures count referrals, that is patients: controlled as the reports control counts
     * of people, except for an admin, who keeps the directory and may see any referral.
     */
    private DisclosureControl control(Caller caller) {
        return DisclosureControl.of(disclosure, caller.has(Role.ADMIN));
    }

    /** Only an admin changes the directory, and sees the exact figures in the answer. */
    private DisclosureControl exact() {
        return DisclosureControl.of(disclosure, true);
    }

    private void apply(Practitioner practitioner, PractitionerRequest request) {
        for (String code : request.therapyCodes()) {
            if (therapies.findByIdOptional(code).isEmpty()) {
                throw new DomainException(
                        ProblemType.UNKNOWN_REFERENCE,
                        "Therapy " + code + " is not in the catalogue");
            }
        }
        practitioner.displayName = request.displayName();
        practitioner.email = request.email();
        practitioner.phone = request.phone();
        practitioner.postcode = request.postcode();
        practitioner.location = request.location();
        practitioner.acceptingReferrals = request.acceptingReferrals();
        practitioner.therapyCodes = new LinkedHashSet<>(request.therapyCodes());
        practitioner.registrations.clear();
        List<RegistrationRequest> registrations =
                request.registrations() == null ? List.of() : request.registrations();
        List<Registration> added = new ArrayList<>();
        for (int i = 0; i < registrations.size(); i++) {
            added.add(registration(practitioner, registrations.get(i), i));
        }
        practitioner.registrations.addAll(added);
    }

    private static Registration registration(
            Practitioner practitioner, RegistrationRequest request, int index) {
        if (request.register() == Register.OTHER
                && (request.registerName() == null || request.registerName().isBlank())) {
            throw InvalidFields.of(
                    "registrations[" + index + "].registerName",
                    "must name the body when register is OTHER");
        }
        Registration registration = new Registration();
        registration.id = TimeOrderedIds.next();
        registration.practitioner = practitioner;
        registration.register = request.register();
        registration.registerName =
                request.register() == Register.OTHER ? request.registerName() : null;
        registration.number = request.number();
        registration.expiresOn = request.expiresOn();
        registration.verifiedOn = request.verifiedOn();
        return registration;
    }
}
