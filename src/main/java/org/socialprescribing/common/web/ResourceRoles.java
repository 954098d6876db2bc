package org.socialprescribing.common.web;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The resource method behind an OpenAPI operation, found by its generated operation id
 * ("org.example.ThingResource_read"), and the roles it allows ({@code @RolesAllowed} on the method,
 * else on its class).
 */
record ResourceRoles(Class<?> resource, String method, List<String> roles) {

    /** Empty when the id does not name a resource method (it was set by hand). */
    static Optional<ResourceRoles> of(String operationId) {
        int cut = operationId == null ? -1 : operationId.lastIndexOf('_');
        if (cut < 0 || operationId.indexOf('.') < 0) {
            return Optional.empty();
        }
        String className = operationId.substring(0, cut);
        String methodName = operationId.substring(cut + 1);
        try {
            Class<?> resource =
                    Class.forName(className, false, ResourceRoles.class.getClassLoader());
            return Arrays.stream(resource.getDeclaredMethods())
                    .filter(m -> m.getName().equals(methodName))
                    .findFirst()
                    .map(m -> new ResourceRoles(resource, methodName, roles(resource, m)));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The id clients see: "ThingResource_read". */
    String operationId() {
        return resource.getSimpleName() + "_" + method;
    }

    private static List<String> roles(Class<?> resource, Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return List.of();
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resource.getAnnotation(RolesAllowed.class);
        }
        return allowed == null ? List.of() : List.of(allowed.value());
    }
}
