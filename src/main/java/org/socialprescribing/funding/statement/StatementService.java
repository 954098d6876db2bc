package org.socialprescribing.funding.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.common.time.UkTime;
import org.socialprescribing.funding.funder.FunderRepository;
import org.socialprescribing.funding.funder.FunderService;
import org.socialprescribing.funding.scheme.FundingScheme;
import org.socialprescribing.funding.statement.FunderStatement.SchemeLine;
import org.socialprescribing.funding.statement.FunderStatement.Totals;

/** A funder's statement, aggregated in the database from its schemes and their charge lines. */
@ApplicationScoped
public class StatementService {
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private final StatementQueries queries;
    private final FunderRepository funders;

    public StatementService(StatementQueries queries, FunderRepository funders) {
        this.queries = queries;
        this.funders = funders;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FunderStatement statement(
            Caller caller, String funderCode, LocalDate from, LocalDate to) {
        funders.findByIdOptional(funderCode)
                .orElseThrow(() -> DomainException.notFound("Funder " + funderCode));
        FunderService.requireActsFor(caller, funderCode);
        LocalDate first = from == null ? EARLIEST : from;
        LocalDate last = to == null ? LATEST : to;
        Instant start = UkTime.startOf(first);
        Instant end = UkTime.startOf(last.plusDays(1));
        List<SchemeLine> lines =
                queries.schemesOf(funderCode).stream().map(s -> line(s, start, end)).toList();
        return new FunderStatement(funderCode, from, to, lines, totals(lines));
    }

    private SchemeLine line(FundingScheme scheme, Instant start, Instant end) {
        StatementQueries.Charged charged = queries.charged(scheme.id, start, end);
        return new SchemeLine(
                scheme.id,
                scheme.name,
                scheme.route,
                scheme.budgetPence,
                scheme.committedPence,
                scheme.spentPence,
                scheme.budgetPence - scheme.committedPence - scheme.spentPence,
                charged.fundersPence(),
                charged.sessionsFunded(),
                charged.patientDuePence(),
                charged.patientPaidPence());
    }

    private static Totals totals(List<SchemeLine> lines) {
        return new Totals(
                lines.stream().mapToLong(SchemeLine::budgetPence).sum(),
                lines.stream().mapToLong(SchemeLine::committedPence).sum(),
                lines.stream().mapToLong(SchemeLine::spentPence).sum(),
                lines.stream().mapToLong(SchemeLine::remainingPence).sum(),
                lines.stream().mapToLong(SchemeLine::spentInPeriodPence).sum(),
                lines.stream().mapToLong(SchemeLine::sessionsFundedInPeriod).sum(),
                lines.stream().mapToLong(SchemeLine::patientContributionsDuePence).sum(),
                lines.stream().mapToLong(SchemeLine::patientContributionsPaidPence).sum());
    }
}
