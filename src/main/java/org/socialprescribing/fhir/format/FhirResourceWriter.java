package org.socialprescribing.fhir.format;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.instance.model.api.IBaseResource;

/** Writes a FHIR resource as {@code application/fhir+json} with HAPI's encoder. */
@Provider
@Produces({FhirMedia.FHIR_JSON, MediaType.APPLICATION_JSON})
public class FhirResourceWriter implements MessageBodyWriter<IBaseResource> {
    private final FhirJson json;

    public FhirResourceWriter(FhirJson json) {
        this.json = json;
    }

    @Override
    public boolean isWriteable(
            Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return IBaseResource.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(
            IBaseResource resource,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream out)
            throws IOException {
        out.write(json.encode(resource).getBytes(StandardCharsets.UTF_8));
    }
}
