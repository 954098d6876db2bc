package org.socialprescribing.observability.logging;

import io.quarkus.runtime.BlockingOperationNotAllowedException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import org.socialprescribing.common.error.Problem;
import org.socialprescribing.common.security.Role;
import org.socialprescribing.observability.metrics.DomainMetrics;
import org.socialprescribing.observability.tracing.RequestSpan;

/**
 * Puts the correlation id and the operation in the MDC when a request is matched to an operation,
 * so that every line it logs carries them (with the trace id OpenTelemetry adds), and writes one
 * line when it is answered: operation, status, outcome and time, with the caller's role and
 * organisation. Never the path, the query, a header's raw value or a body.
 */
public class RequestLog {
    static final String CORRELATION_ID = "correlationId";
    private static final Logger LOG = Logger.getLogger(RequestLog.class);
    private static final String STARTED = RequestLog.class.getName() + ".started";

    private final SecurityIdentity identity;
    private final DomainMetrics metrics;

    public RequestLog(SecurityIdentity identity, DomainMetrics metrics) {
        this.identity = identity;
        this.metrics = metrics;
    }

    /**
     * Before the request is matched and before its token and role are checked, so that a request
     * refused for them (401, 403) is timed and logged like any other.
     */
    @ServerRequestFilter(preMatching = true)
    public void received(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
        String correlationId =
                CorrelationIds.choose(
                        request.getHeaderString(CorrelationIds.CORRELATION_ID),
                        request.getHeaderString(CorrelationIds.REQUEST_ID));
        MDC.put(CORRELATION_ID, correlationId);
        RequestSpan.correlation(correlationId);
    }

    @ServerRequestFilter
    public void matched(SimpleResourceInfo resource) {
        MDC.put("operation", operation(resource));
    }

    @ServerResponseFilter
    public void answered(
            ContainerRequestContext request,
            ContainerResponseContext response,
            SimpleResourceInfo resource) {
        if (!(request.getProperty(STARTED) instanceof Long started)) {
            return;
        }
        MDC.put("operation", operation(resource));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        int status = response.getStatus();
        String code = response.getEntity() instanceof Problem problem ? problem.code() : null;
        String outcome = outcome(status, code);
        if (status == 412 || "concurrent-update".equals(code)) {
            metrics.optimisticLockConflict(code == null ? "stale-etag" : code);
        }
        if (status == 401) {
            MDC.put("callerRole", "anonymous");
        } else {
            try {
                callerInMdc();
            } catch (BlockingOperationNotAllowedException e) {
                // a request matching no operation is answered on the I/O thread before its token
                // was read, and reading it there would block: its caller is not named
            }
        }
        MDC.put("status", String.valueOf(status));
        MDC.put("outcome", outcome);
        MDC.put("durationMs", String.valueOf(millis));
        LOG.infof("%s answered %d (%s) in %d ms", MDC.get("operation"), status, outcome, millis);
    }

    /** success, or the problem's stable code, or rejected / failed when there is none. */
    static String outcome(int status, String problemCode) {
        if (status < 400) {
            return "success";
        }
        if (problemCode != null) {
            return problemCode;
        }
        return status < 500 ? "rejected" : "failed";
    }

    /** Named as in the OpenAPI document: ResourceClass_method; unmatched for no operation. */
    private static String operation(SimpleResourceInfo resource) {
        if (resource == null || resource.getResourceClass() == null) {
            return "unmatched";
        }
        return resource.getResourceClass().getSimpleName() + "_" + resource.getMethodName();
    }

    /** Roles of this API the token holds, and the organisation of the first that names one. */
    private void callerInMdc() {
        if (isAnonymous()) {
            MDC.put("callerRole", "anonymous");
            return;
        }
        StringBuilder roles = new StringBuilder();
        String organisation = null;
        for (Role role : Role.values()) {
            if (identity.hasRole(role.roleName())) {
                roles.append(roles.isEmpty() ? "" : ",").append(role.roleName());
                if (organisation == null) {
                    organisation = role.organisationClaim().map(this::claim).orElse(null);
                }
            }
        }
        MDC.put("callerRole", roles.isEmpty() ? "none" : roles.toString().toLowerCase(Locale.ROOT));
        if (organisation != null) {
            MDC.put("callerOrganisation", organisation);
        }
    }

    /** A token that failed authentication is answered 401 already; here it is only anonymous. */
    private boolean isAnonymous() {
        try {
            return identity.isAnonymous();
        } catch (AuthenticationFailedException e) {
            return true;
        }
    }

    private String claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object value = token.getClaim(name);
            return value == null ? null : value.toString();
        }
        return null;
    }
}
