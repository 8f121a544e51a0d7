package org.aitco.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.util.NameTransformer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.aitco.core.money.Money;
import org.aitco.core.money.Price;
import org.aitco.core.tco.BreakEven;
import org.aitco.core.tco.OptionResult;
import org.aitco.core.tco.WorkloadTco;

/**
 * Writes the library's results (TCO comparisons, chargeback reports, plans: immutable records) as JSON for other
 * tools.
 *
 * <p>Records are written by their components. {@link Money} is written as {@code {"amount": 1234.50,
 * "currency": "EUR"}} with the exact decimal amount, {@link Price} as {@code "0.21 EUR"}, an empty
 * {@code Optional} as {@code null}, a {@link Duration} as seconds. A record that implements a sealed interface
 * (a status that is one of several cases) gets a first field {@code "kind"} with its simple name, for example
 * {@code "kind": "Feasible"}. Monthly series stay arrays of numbers, ready for plotting.
 *
 * <p>A workload's TCO gets a last field {@code "breakEvens"}: one entry per pair of its options (A before B in
 * the order of {@code options}, cheapest first), {@code {"option": A, "against": B, "reference", "dearerBefore",
 * "cheaperBefore", "hour", "month"}}, the last four {@code null} when the cumulative costs never cross within
 * the horizon; {@code reference} names the option of the pair that the text table measures the other's
 * break-even against ({@link WorkloadTco#breakEvenReference}), or is {@code null}.
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
                    .addSerializer(OptionalInt.class, new OptionalIntSerializer())
                    .addSerializer(Duration.class, new DurationSerializer())
                    .setSerializerModifier(new KindOfSealedCase()))
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

    private static final class DurationSerializer extends StdSerializer<Duration> {
        private static final long serialVersionUID = 1L;

        DurationSerializer() {
            super(Duration.class);
        }

        @Override
        public void serialize(Duration value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(value.toNanos() / 1e9);
        }
    }

    /** Gives the records that are cases of a sealed interface a {@code "kind"} field. */
    private static final class KindOfSealedCase extends BeanSerializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description,
                                                  JsonSerializer<?> serializer) {
            Class<?> type = description.getBeanClass();
            if (type == WorkloadTco.class) {
                @SuppressWarnings("unchecked")
                JsonSerializer<Object> fields = (JsonSerializer<Object>) serializer;
                return new BreakEvensSerializer(fields);
            }
            boolean sealedCase = type.isRecord()
                    && java.util.Arrays.stream(type.getInterfaces()).anyMatch(Class::isSealed);
            @SuppressWarnings("unchecked")
            JsonSerializer<Object> fields = (JsonSerializer<Object>) serializer;
            return sealedCase ? new KindSerializer(fields) : serializer;
        }
    }

    /** Writes a workload's fields, then the break-even of every pair of its options. */
    private static final class BreakEvensSerializer extends KindSerializer {
        private static final long serialVersionUID = 1L;

        BreakEvensSerializer(JsonSerializer<Object> bean) {
            super(bean);
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            WorkloadTco w = (WorkloadTco) value;
            gen.writeStartObject();
            fields.serialize(value, gen, provider);
            gen.writeArrayFieldStart("breakEvens");
            java.util.List<OptionResult> options = w.options();
            for (int i = 0; i < options.size(); i++) {
                for (int j = i + 1; j < options.size(); j++) {
                    String a = options.get(i).name();
                    String b = options.get(j).name();
                    Optional<BreakEven> be = w.breakEven(a, b);
                    gen.writeStartObject();
                    gen.writeStringField("option", a);
                    gen.writeStringField("against", b);
                    if (w.breakEvenReference(a).equals(Optional.of(b))) {
                        gen.writeStringField("reference", b);
                    } else if (w.breakEvenReference(b).equals(Optional.of(a))) {
                        gen.writeStringField("reference", a);
                    } else {
                        gen.writeNullField("reference");
                    }
                    if (be.isPresent()) {
                        gen.writeStringField("dearerBefore", be.get().dearerBefore());
                        gen.writeStringField("cheaperBefore", be.get().cheaperBefore());
                        gen.writeNumberField("hour", be.get().hour());
                        gen.writeNumberField("month", be.get().month());
                    } else {
                        gen.writeNullField("dearerBefore");
                        gen.writeNullField("cheaperBefore");
                        gen.writeNullField("hour");
                        gen.writeNullField("month");
                    }
                    gen.writeEndObject();
                }
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
    }

    /** Writes a record's fields in an object that starts with {@code "kind"}; a subclass writes its own object. */
    private static class KindSerializer extends StdSerializer<Object> implements ResolvableSerializer {
        private static final long serialVersionUID = 1L;
        private final JsonSerializer<Object> bean;
        JsonSerializer<Object> fields;

        KindSerializer(JsonSerializer<Object> bean) {
            super(Object.class);
            this.bean = bean;
        }

        @Override
        public void resolve(SerializerProvider provider) throws JsonMappingException {
            if (bean instanceof ResolvableSerializer r) {
                r.resolve(provider);
            }
            fields = bean.unwrappingSerializer(NameTransformer.NOP);
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("kind", value.getClass().getSimpleName());
            fields.serialize(value, gen, provider);
            gen.writeEndObject();
        }
    }
}
