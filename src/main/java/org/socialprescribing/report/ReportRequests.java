package org.socialprescribing.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.common.security.CurrentCaller;
import org.socialprescribing.common.security.Role;
import org.socialprescribing.common.web.Params;
import org.socialprescribing.report.disclosure.DisclosureControl;
import org.socialprescribing.report.disclosure.DisclosureSettings;

/**
 * Reads the query parameters every report takes ({@link ReportParameters}): the period ({@code
 * from}, {@code to}) and {@code unrounded}, which only an admin may ask for.
 */
@ApplicationScoped
public class ReportRequests {
    private final CurrentCaller caller;
    private final DisclosureSettings disclosure;
    private final Clock clock;

    public ReportRequests(CurrentCaller caller, DisclosureSettings disclosure, Clock clock) {
        this.caller = caller;
        this.disclosure = disclosure;
        this.clock = clock;
    }

    public ReportRequest of(ReportParameters parameters) {
        Caller who = caller.get();
        boolean raw = Boolean.TRUE.equals(Params.bool("unrounded", parameters.unrounded));
        if (raw && !who.has(Role.ADMIN)) {
            throw DomainException.forbidden("Only an admin may see unrounded figures");
        }
        return new ReportRequest(
                who,
                ReportPeriod.parse(parameters.from, parameters.to, clock),
                DisclosureControl.of(disclosure, raw));
    }
}
