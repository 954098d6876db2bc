package org.socialprescribing.fhir.format;

import ca.uhn.fhir.parser.DataFormatException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.error.ProblemType;

/**
 * Reads a FHIR resource from an {@code application/fhir+json} body with HAPI's parser. A body it
 * cannot read is the API's malformed request, which the FHIR error filter restates as an
 * OperationOutcome (issue type "structure").
 */
@Provider
@Consumes(FhirMedia.FHIR_JSON)
public class FhirResourceReader implements MessageBodyReader<IBaseResource> {
    private final FhirJson json;

    public FhirResourceReader(FhirJson json) {
        this.json = json;
    }

    @Override
    public boolean isReadable(
            Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return IBaseResource.class.isAssignableFrom(type);
    }

    @Override
    public IBaseResource readFrom(
            Class<IBaseResource> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> headers,
            InputStream body) {
        IBaseResource resource;
        try {
            resource = json.parse(new InputStreamReader(body, StandardCharsets.UTF_8));
        } catch (DataFormatException | IllegalArgumentException e) {
            throw malformed("The body is not a FHIR R4 resource in JSON: " + e.getMessage());
        }
        if (!type.isInstance(resource)) {
            throw malformed(
                    "Expected a "
                            + type.getSimpleName()
                            + " but the body is a "
                            + resource.fhirType());
        }
        return resource;
    }

    private static DomainException malformed(String detail) {
        return new DomainException(ProblemType.MALFORMED_REQUEST, detail);
    }
}
