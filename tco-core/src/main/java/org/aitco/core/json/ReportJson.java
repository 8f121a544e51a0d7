package org.aitco.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.aitco.core.money.Money;
import org.aitco.core.money.Price;

/**
 * Writes the library's results (TCO comparisons, chargeback reports, plans: immutable records) as JSON for other
 * tools.
 *
 * <p>Records are written by their components. {@link Money} is written as {@code {"amount": 1234.50,
 * "currency": "EUR"}} with the exact decimal amount, {@link Price} as {@code "0.21 EUR"}, an empty
 * {@code Optional} as {@code null}. Monthly series stay arrays of numbers, ready for plotting.
 */
public final class ReportJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .addModule(new SimpleModule("aitco-reports")
                    .addSerializer(Money.class, new MoneySerializer())
                    .addSerializer(Price.class, new ToStringSerializer<>(Price.class))
                    .addSerializer(new OptionalSerializer())
                    .addSerializer(OptionalDouble.class, new OptionalDoubleSerializer())
                    .addSerializer(OptionalInt.class, new OptionalIntSerializer()))
            .build();

    private ReportJson() {
    }

    /** The result as pretty-printed JSON. */
    public static String toJson(Object result) {
        Objects.requireNonNull(result, "result");
        try {
            return MAPPER.writeValueAsString(result) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "cannot write %s as JSON: %s".formatted(result.getClass().getSimpleName(), e.getOriginalMessage()),
                    e);
        }
    }

    /** Writes the result as JSON (UTF-8) to {@code file}. */
    public static void write(Object result, Path file) {
        try {
            Files.writeString(file, toJson(result), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static final class MoneySerializer extends StdSerializer<Money> {
        private static final long serialVersionUID = 1L;

        MoneySerializer() {
            super(Money.class);
        }

        @Override
        public void serialize(Money value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeNumberField("amount", value.amount());
            gen.writeStringField("currency", value.currency().getCurrencyCode());
            gen.writeEndObject();
        }
    }

    private static final class ToStringSerializer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;

        ToStringSerializer(Class<T> type) {
            super(type);
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class OptionalSerializer extends StdSerializer<Optional> {
        private static final long serialVersionUID = 1L;

        OptionalSerializer() {
            super(Optional.class);
        }

        @Override
        public void serialize(Optional value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value.isPresent()) {
                provider.defaultSerializeValue(value.get(), gen);
            } else {
                gen.writeNull();
            }
        }
    }

    private static final class OptionalDoubleSerializer extends StdSerializer<OptionalDouble> {
        private static final long serialVersionUID = 1L;

        OptionalDoubleSerializer() {
            super(OptionalDouble.class);
        }

        @Override
        public void serialize(OptionalDouble value, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            if (value.isPresent()) {
                gen.writeNumber(value.getAsDouble());
            } else {
                gen.writeNull();
            }
        }
    }

    private static final class OptionalIntSerializer extends StdSerializer<OptionalInt> {
        private static final long serialVersionUID = 1L;

        OptionalIntSerializer() {
            super(OptionalInt.class);
        }

        @Override
        public void serialize(OptionalInt value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value.isPresent()) {
                gen.writeNumber(value.getAsInt());
            } else {
                gen.writeNull();
            }
        }
    }
}
