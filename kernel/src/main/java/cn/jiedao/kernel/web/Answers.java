package cn.jiedao.kernel.web;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The answers a resource gives a mutable record: the body with its version as the ETag, 200 for a read or a
 * step, 201 with its Location for a creation. Typed {@code RestResponse<View>}, so that the OpenAPI document
 * reads the body's schema from the method's return type.
 */
public final class Answers {

    private Answers() {
    }

    /** 200 with the record and its ETag. */
    public static <T> RestResponse<T> ok(T body, long version) {
        return RestResponse.ResponseBuilder.ok(body).tag(ETags.entityTag(version)).build();
    }

    /** 201 at {@code location} with the record and its ETag. */
    public static <T> RestResponse<T> created(URI location, T body, long version) {
        return RestResponse.ResponseBuilder.<T>created(location).entity(body).tag(ETags.entityTag(version)).build();
    }

    /** 201 at the request's path followed by {@code id}, with the record and its ETag. */
    public static <T> RestResponse<T> created(UriInfo uri, Object id, T body, long version) {
        return created(uri.getAbsolutePathBuilder().path(id.toString()).build(), body, version);
    }

    /** 201 at the request's path followed by {@code id}, for a record without a version. */
    public static <T> RestResponse<T> created(UriInfo uri, Object id, T body) {
        return RestResponse.ResponseBuilder.<T>created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .entity(body).build();
    }
}
