package io.zhijian.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * API JSON conventions: whole numbers are written as integers (a level worth 8 points is {@code 8},
 * not {@code 8.0}), other numbers as they are; dates as ISO-8601 strings.
 */
@Singleton
public class JsonNumbers implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("whole-numbers");
        JsonSerializer<Double> serializer = new JsonSerializer<>() {
            @Override
            public void serialize(Double value, JsonGenerator generator, SerializerProvider provider) throws IOException {
                if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                    generator.writeNumber(value.longValue());
                } else {
                    generator.writeNumber(value);
                }
            }
        };
        module.addSerializer(Double.class, serializer);
        module.addSerializer(double.class, serializer);
        mapper.registerModule(module);
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
