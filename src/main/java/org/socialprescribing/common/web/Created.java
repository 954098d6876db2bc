package org.socialprescribing.common.web;

import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** A 201 with the new record's address in {@code Location} and the record as the body. */
public final class Created {
    private Created() {}

    public static <T> RestResponse<T> at(String location, T entity) {
        return RestResponse.ResponseBuilder.<T>created(URI.create(location)).entity(entity).build();
    }
}
