package org.socialprescribing.fhir.error;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.socialprescribing.common.web.BodySizeGuard;
import org.socialprescribing.fhir.error.FhirException.Issue;
import org.socialprescribing.fhir.format.FhirJson;
import org.socialprescribing.fhir.format.FhirMedia;

/** The API's body limit under /fhir, refused as an OperationOutcome before the body is read. */
@ApplicationScoped
public class FhirBodySizeGuard {
    private final BodySizeGuard guard;
    private final FhirJson json;

    public FhirBodySizeGuard(BodySizeGuard guard, FhirJson json) {
        this.guard = guard;
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route("/fhir/*")
                .order(Integer.MIN_VALUE)
                .handler(
                        ctx -> {
                            if (guard.declaredTooLarge(ctx.request().getHeader("Content-Length"))) {
                                String outcome =
                                        json.encode(
                                                BarsOutcomes.of(
                                                        413,
                                                        List.of(
                                                                new Issue(
                                                                        "too-long",
                                                                        "The body may be at most "
                                                                                + guard
                                                                                        .maxBodyBytes()
                                                                                + " bytes",
                                                                        null))));
                                ctx.response()
                                        .setStatusCode(413)
                                        .putHeader("Content-Type", FhirMedia.FHIR_JSON)
                                        .putHeader("Connection", "close")
                                        .end(outcome);
                                return;
                            }
                            ctx.next();
                        });
    }
}
