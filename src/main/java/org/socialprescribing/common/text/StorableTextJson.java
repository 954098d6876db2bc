package org.socialprescribing.common.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Every string read from a request body passes {@link StorableText}. */
@Singleton
public class StorableTextJson implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(
                new SimpleModule("storable-text")
                        .addDeserializer(String.class, new StorableStringDeserializer()));
    }
}
