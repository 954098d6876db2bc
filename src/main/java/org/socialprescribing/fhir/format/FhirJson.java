package org.socialprescribing.fhir.format;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.Reader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.jboss.logging.Logger;

/**
 * FHIR R4 JSON through HAPI's parser. The FhirContext scans the R4 model the first time it is used,
 * which takes about a second: it is made after start-up, in the background, so that neither
 * start-up nor the first FHIR call waits for it.
 */
@ApplicationScoped
public class FhirJson {
    private static final Logger LOG = Logger.getLogger(FhirJson.class);
    private static final long WARM_UP_DELAY_SECONDS = 2;

    private volatile FhirContext context;

    void warmUp(@Observes StartupEvent event) {
        CompletableFuture.runAsync(
                () -> {
                    try {
                        encode(new Bundle().addEntry(new BundleEntryComponent()));
                    } catch (RuntimeException e) {
                        LOG.warn("Could not warm up the FHIR context", e);
                    }
                },
                // Once start-up is done with the CPU.
                CompletableFuture.delayedExecutor(WARM_UP_DELAY_SECONDS, TimeUnit.SECONDS));
    }

    /**
     * Reads a resource. Unknown elements, wrong types and anything else R4 does not allow are
     * refused rather than skipped.
     *
     * @throws DataFormatException when the body is not an R4 resource in JSON
     */
    public IBaseResource parse(Reader json) {
        return parser().setParserErrorHandler(new StrictErrorHandler()).parseResource(json);
    }

    public String encode(IBaseResource resource) {
        return parser().encodeResourceToString(resource);
    }

    private IParser parser() {
        return context().newJsonParser().setOverrideResourceIdWithBundleEntryFullUrl(false);
    }

    /** One context for the application: it is thread-safe and expensive to make. */
    public FhirContext context() {
        FhirContext current = context;
        if (current == null) {
            synchronized (this) {
                current = context;
                if (current == null) {
                    current = FhirContext.forR4();
                    context = current;
                }
            }
        }
        return current;
    }
}
