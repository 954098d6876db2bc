package org.socialprescribing.common.security;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.socialprescribing.common.web.Params;

/**
 * The one statement of who sees which practice's records: a GP its practice's, a link worker those
 * of the practices in its network, a practitioner those that concern it, an admin all. Each feature
 * names where its records keep the practice code and the practitioner id.
 */
public final class TenancyScope {
    /** A practitioner_id that is not a UUID names no practitioner, so it matches nothing. */
    private static final UUID NO_PRACTITIONER = new UUID(0, 0);

    private TenancyScope() {}

    /**
     * An HQL condition selecting the caller's records, its parameters added to {@code parameters};
     * empty when the caller holds no role that sees such records.
     */
    public static Optional<String> condition(
            Caller caller,
            String practiceCode,
            String practitionerId,
            Map<String, Object> parameters) {
        if (caller.has(Role.ADMIN)) {
            return Optional.of("1 = 1");
        }
        StringBuilder clause = new StringBuilder();
        caller.organisation(Role.GP)
                .ifPresent(
                        ods -> {
                            or(clause, practiceCode + " = :tenantOds");
                            parameters.put("tenantOds", ods);
                        });
        caller.organisation(Role.LINK_WORKER)
                .ifPresent(
                        pcn -> {
                            or(
                                    clause,
                                    practiceCode
                                            + " in (select tp.odsCode from Practice tp where tp.pcnCode"
                                            + " = :tenantPcn)");
                            parameters.put("tenantPcn", pcn);
                        });
        caller.organisation(Role.PRACTITIONER)
                .ifPresent(
                        id -> {
                            or(clause, practitionerId + " = :tenantPractitioner");
                            parameters.put(
                                    "tenantPractitioner", Params.uuid(id).orElse(NO_PRACTITIONER));
                        });
        return clause.length() == 0 ? Optional.empty() : Optional.of("(" + clause + ")");
    }

    private static void or(StringBuilder clause, String condition) {
        if (clause.length() > 0) {
            clause.append(" or ");
        }
        clause.append(condition);
    }
}
