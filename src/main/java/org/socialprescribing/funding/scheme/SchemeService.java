package org.socialprescribing.funding.scheme;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.error.InvalidFields;
import org.socialprescribing.common.error.ProblemType;
import org.socialprescribing.common.id.TimeOrderedIds;
import org.socialprescribing.common.json.JsonText;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.directory.practice.Practice;
import org.socialprescribing.directory.therapy.TherapyRepository;
import org.socialprescribing.funding.funder.FunderRepository;
import org.socialprescribing.funding.funder.FunderService;
import org.socialprescribing.funding.money.Splits;
import org.socialprescribing.funding.scheme.SchemeApi.CoFunderView;
import org.socialprescribing.funding.scheme.SchemeApi.SchemeRequest;
import org.socialprescribing.funding.scheme.SchemeApi.SchemeView;
import org.socialprescribing.referral.domain.ReferralSource;

/** Funding schemes: defined by an admin or the funder's own commissioner; read by everyone. */
@ApplicationScoped
public class SchemeService {
    private final FundingSchemeRepository schemes;
    private final CoFunderRepository coFunders;
    private final FunderRepository funders;
    private final TherapyRepository therapies;
    private final JsonText json;
    private final Clock clock;

    public SchemeService(
            FundingSchemeRepository schemes,
            CoFunderRepository coFunders,
            FunderRepository funders,
            TherapyRepository therapies,
            JsonText json,
            Clock clock) {
        this.schemes = schemes;
        this.coFunders = coFunders;
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
        scheme.id = TimeOrderedIds.next();
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
        if (request.referralSources() != null) {
            request.referralSources().stream()
                    .distinct()
                    .forEach(
                            source ->
                                    scheme.coverage.add(
                                            new Coverage(Coverage.Kind.SOURCE, source.name())));
        }
        schemes.persist(scheme);
        List<CoFunder> sharing = coFunders(scheme, request.split());
        coFunders.persist(sharing);
        return view(scheme, sharing);
    }

    /** On a split, each funder other than the scheme's own pays from its own money. */
    private static List<CoFunder> coFunders(FundingScheme scheme, SplitDefinition split) {
        if (scheme.route != SchemeRoute.SPLIT) {
            return List.of();
        }
        return split.shares().stream()
                .filter(share -> !SplitDefinition.PATIENT.equals(share.payer()))
                .filter(share -> !share.payer().equals(scheme.funderCode))
                .map(
                        share -> {
                            CoFunder coFunder = new CoFunder();
                            coFunder.key = new CoFunder.Key(scheme.id, share.payer());
                            coFunder.budgetPence = share.budgetPence();
                            return coFunder;
                        })
                .toList();
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
        if (request.route() == SchemeRoute.SPLIT) {
            requireOwnShareAndCapsOnlyForCoFunders(request.funderCode(), request.split().shares());
        }
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

    /**
     * The scheme's budget is its own funder's money and pays that funder's share, so the funder
     * holds one; a cap (budgetPence) belongs to a co-funder, never to the patient or the owner.
     */
    private static void requireOwnShareAndCapsOnlyForCoFunders(
            String owner, List<SplitDefinition.ShareDefinition> shares) {
        if (shares.stream().noneMatch(share -> owner.equals(share.payer()))) {
            throw InvalidFields.of(
                    "split.shares",
                    "must include a share for the scheme's own funder "
                            + owner
                            + ", whose share the scheme's budget pays");
        }
        shares.stream()
                .filter(share -> share.budgetPence() != null)
                .filter(
                        share ->
                                owner.equals(share.payer())
                                        || SplitDefinition.PATIENT.equals(share.payer()))
                .findFirst()
                .ifPresent(
                        share -> {
                            throw InvalidFields.of(
                                    "split.shares",
                                    share.payer()
                                            + " cannot cap its share: a cap (budgetPence) is a"
                                            + " co-funder's; the scheme's own funder's money is"
                                            + " the scheme's budgetPence");
                        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SchemeView> list(String funderCode) {
        Map<UUID, List<CoFunder>> sharing =
                coFunders.listAll().stream()
                        .collect(Collectors.groupingBy(coFunder -> coFunder.key.schemeId()));
        return schemes.listAll(Sort.by("name")).stream()
                .filter(s -> funderCode == null || s.funderCode.equals(funderCode))
                .map(s -> view(s, sharing.getOrDefault(s.id, List.of())))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SchemeView> find(UUID id) {
        return schemes.findByIdOptional(id).map(s -> view(s, coFunders.ofScheme(s.id)));
    }

    /**
     * Refuses, naming the rule, a referral the scheme does not cover: its therapy, its practice
     * (directly, by network or by ICB), its route in, today's date, or the number of sessions.
     */
    public void requireEligible(
            FundingScheme scheme,
            String therapyCode,
            Practice practice,
            ReferralSource source,
            int sessions) {
        LocalDate today = LocalDate.now(clock);
        Set<String> sources = scheme.codes(Coverage.Kind.SOURCE);
        if (!sources.isEmpty() && !sources.contains(source.name())) {
            throw notEligible(
                    "The scheme funds referrals from "
                            + String.join(", ", sources)
                            + " only, not "
                            + source);
        }
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

    private SchemeView view(FundingScheme s, List<CoFunder> sharing) {
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
                split.definesNothing() ? null : split,
                s.codes(Coverage.Kind.SOURCE).stream().map(ReferralSource::valueOf).toList(),
                sharing.stream()
                        .sorted(Comparator.comparing(CoFunder::funderCode))
                        .map(
                                c ->
                                        new CoFunderView(
                                                c.funderCode(),
                                                c.budgetPence,
                                                c.committedPence,
                                                c.spentPence,
                                                c.remainingPence()))
                        .toList());
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
