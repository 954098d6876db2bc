package org.socialprescribing.funding.scheme;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.error.InvalidFields;
import org.socialprescribing.common.error.ProblemType;
import org.socialprescribing.common.json.JsonText;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.directory.practice.Practice;
import org.socialprescribing.directory.therapy.TherapyRepository;
import org.socialprescribing.funding.funder.FunderRepository;
import org.socialprescribing.funding.funder.FunderService;
import org.socialprescribing.funding.money.Splits;
import org.socialprescribing.funding.scheme.SchemeApi.SchemeRequest;
import org.socialprescribing.funding.scheme.SchemeApi.SchemeView;

/** Funding schemes: defined by an admin or the funder's own commissioner; read by everyone. */
@ApplicationScoped
public class SchemeService {
    private final FundingSchemeRepository schemes;
    private final FunderRepository funders;
    private final TherapyRepository therapies;
    private final JsonText json;
    private final Clock clock;

    public SchemeService(
            FundingSchemeRepository schemes,
            FunderRepository funders,
            TherapyRepository therapies,
            JsonText json,
            Clock clock) {
        this.schemes = schemes;
        this.funders = funders;
        this.therapies = therapies;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public SchemeView create(Caller caller, SchemeRequest request) {
        FunderService.requireActsFor(caller, request.funderCode());
        requireValid(request);
        FundingScheme scheme = new FundingScheme();
        scheme.id = UUID.randomUUID();
        scheme.funderCode = request.funderCode();
        scheme.name = request.name();
        scheme.route = request.route();
        scheme.sessionFeePence = request.sessionFeePence();
        scheme.maxSessions = request.maxSessions();
        scheme.validFrom = request.validFrom();
        scheme.validTo = request.validTo();
        scheme.budgetPence = request.budgetPence();
        scheme.chargeDidNotAttend = Boolean.TRUE.equals(request.chargeDidNotAttend());
        scheme.splitRule = write(request.split());
        scheme.createdAt = Instant.now(clock);
        cover(scheme, Coverage.Kind.THERAPY, request.therapyCodes());
        cover(scheme, Coverage.Kind.PRACTICE, request.practiceOdsCodes());
        cover(scheme, Coverage.Kind.PCN, request.pcnCodes());
        cover(scheme, Coverage.Kind.ICB, request.icbCodes());
        schemes.persist(scheme);
        return view(scheme);
    }

    /** The funder, therapies and payers it names exist; its dates, area and split make sense. */
    private void requireValid(SchemeRequest request) {
        if (funders.findByIdOptional(request.funderCode()).isEmpty()) {
            throw new DomainException(
                    ProblemType.UNKNOWN_REFERENCE,
                    "Funder " + request.funderCode() + " is not known");
        }
        if (request.validTo().isBefore(request.validFrom())) {
            throw InvalidFields.of("validTo", "must not be before validFrom");
        }
        for (String therapy : request.therapyCodes()) {
            if (therapies.findByIdOptional(therapy).isEmpty()) {
                throw new DomainException(
                        ProblemType.UNKNOWN_REFERENCE,
                        "Therapy " + therapy + " is not in the catalogue");
            }
        }
        if (empty(request.practiceOdsCodes())
                && empty(request.pcnCodes())
                && empty(request.icbCodes())) {
            throw InvalidFields.of(
                    "practiceOdsCodes", "name the practices, networks or ICBs covered");
        }
        Splits.validate(SplitRules.of(request.route(), request.funderCode(), request.split()));
        if (request.split() != null && request.split().shares() != null) {
            request.split().shares().stream()
                    .map(SplitDefinition.ShareDefinition::payer)
                    .filter(p -> !SplitDefinition.PATIENT.equals(p))
                    .filter(p -> funders.findByIdOptional(p).isEmpty())
                    .findFirst()
                    .ifPresent(
                            p -> {
                                throw new DomainException(
                                        ProblemType.UNKNOWN_REFERENCE,
                                        "Funder " + p + " is not known");
                            });
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SchemeView> list(String funderCode) {
        return schemes.listAll(Sort.by("name")).stream()
                .filter(s -> funderCode == null || s.funderCode.equals(funderCode))
                .map(this::view)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SchemeView> find(UUID id) {
        return schemes.findByIdOptional(id).map(this::view);
    }

    /**
     * Refuses, naming the rule, a referral the scheme does not cover: its therapy, its practice
     * (directly, by network or by ICB), today's date, or the number of sessions.
     */
    public void requireEligible(
            FundingScheme scheme, String therapyCode, Practice practice, int sessions) {
        LocalDate today = LocalDate.now(clock);
        if (therapyCode == null) {
            throw notEligible("The referral names no therapy yet: choose one first");
        }
        if (!scheme.codes(Coverage.Kind.THERAPY).contains(therapyCode)) {
            throw notEligible("The scheme does not cover " + therapyCode);
        }
        boolean area =
                scheme.codes(Coverage.Kind.PRACTICE).contains(practice.odsCode)
                        || scheme.codes(Coverage.Kind.PCN).contains(practice.pcnCode)
                        || scheme.codes(Coverage.Kind.ICB).contains(practice.icbCode);
        if (!area) {
            throw notEligible("The scheme does not cover practice " + practice.odsCode);
        }
        if (today.isBefore(scheme.validFrom) || today.isAfter(scheme.validTo)) {
            throw notEligible(
                    "The scheme runs from "
                            + scheme.validFrom
                            + " to "
                            + scheme.validTo
                            + ", not today");
        }
        if (sessions > scheme.maxSessions) {
            throw notEligible("The scheme pays for at most " + scheme.maxSessions + " sessions");
        }
    }

    public SplitDefinition split(FundingScheme scheme) {
        return json.read(scheme.splitRule, SplitDefinition.class);
    }

    public SchemeView view(FundingScheme s) {
        SplitDefinition split = split(s);
        return new SchemeView(
                s.id,
                s.funderCode,
                s.name,
                s.route,
                s.sessionFeePence,
                s.maxSessions,
                s.validFrom,
                s.validTo,
                s.budgetPence,
                s.committedPence,
                s.spentPence,
                s.budgetPence - s.committedPence - s.spentPence,
                s.chargeDidNotAttend,
                List.copyOf(s.codes(Coverage.Kind.THERAPY)),
                List.copyOf(s.codes(Coverage.Kind.PRACTICE)),
                List.copyOf(s.codes(Coverage.Kind.PCN)),
                List.copyOf(s.codes(Coverage.Kind.ICB)),
                split.definesNothing() ? null : split);
    }

    private static DomainException notEligible(String rule) {
        return new DomainException(ProblemType.NOT_ELIGIBLE, rule);
    }

    private static void cover(FundingScheme scheme, Coverage.Kind kind, List<String> codes) {
        if (codes != null) {
            codes.forEach(code -> scheme.coverage.add(new Coverage(kind, code)));
        }
    }

    private static boolean empty(List<String> codes) {
        return codes == null || codes.isEmpty();
    }

    private String write(SplitDefinition split) {
        return json.write(
                split == null ? new SplitDefinition(null, null, null, null, null) : split);
    }
}
