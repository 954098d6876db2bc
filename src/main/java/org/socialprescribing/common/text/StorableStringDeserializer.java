package org.socialprescribing.common.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;
import org.socialprescribing.common.error.UnstorableText;

/**
 * Reads every JSON string of every request body as Jackson would, then refuses one the API cannot
 * store. Registered for {@code String}, so fields, list items and nested records added later are
 * covered without an annotation.
 */
final class StorableStringDeserializer extends StdScalarDeserializer<String> {
    StorableStringDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context)
            throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        String reason = StorableText.problem(value).orElse(null);
        if (reason != null) {
            throw new UnstorableText(parser, reason);
        }
        return value;
    }

    @Override
    public Object getEmptyValue(DeserializationContext context) {
        return "";
    }
}
