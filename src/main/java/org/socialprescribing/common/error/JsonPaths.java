package org.socialprescribing.common.error;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.util.List;

/** Turns Jackson's reference chain into the dotted field name a client wrote. */
final class JsonPaths {
    private JsonPaths() {}

    static String of(List<Reference> path) {
        StringBuilder field = new StringBuilder();
        for (Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
