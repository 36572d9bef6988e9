package cn.jiedao.kernel.problem;

import cn.jiedao.kernel.time.SupportedDates;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.temporal.TemporalAccessor;
import java.util.Set;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Bounds what a JSON body may make the parser do: no request of the platform nests deeper than a few levels,
 * so a body nested deeper than {@value #MAX_NESTING_DEPTH} is refused while it is read (Jackson's
 * {@link StreamReadConstraints}) and answered 400 naming the limit ({@link ProblemMappers}). Dates and times
 * are ISO-8601 strings: a number where one is expected (Jackson would read it as days or milliseconds since
 * 1970, far outside what PostgreSQL stores) is refused naming the field, and so is a date or time outside years
 * 0001–9999 (kernel {@link SupportedDates}: {@code +999999999-12-31}, {@code -000001-01-01}).
 */
@Singleton
public class JsonLimits implements ObjectMapperCustomizer {

    public static final int MAX_NESTING_DEPTH = 64;

    /** The {@code java.time} types that carry a year, checked against {@link SupportedDates}. */
    static final Set<Class<?>> DATED = Set.of(java.time.LocalDate.class, java.time.LocalDateTime.class,
            java.time.OffsetDateTime.class, java.time.ZonedDateTime.class, java.time.Instant.class,
            java.time.YearMonth.class, java.time.Year.class);

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .build());
        mapper.coercionConfigFor(LogicalType.DateTime)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("jiedao-supported-dates").setDeserializerModifier(
                new BeanDeserializerModifier() {
                    @Override
                    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config,
                            BeanDescription description, JsonDeserializer<?> deserializer) {
                        Class<?> type = description.getBeanClass();
                        return DATED.contains(type) ? new SupportedDateDeserializer(deserializer, type) : deserializer;
                    }
                }));
    }

    /** A {@code java.time} value outside years 0001–9999; {@link ProblemMappers} names its field. */
    public static final class DateOutOfRange extends InvalidFormatException {
        DateOutOfRange(JsonParser parser, Object value, Class<?> type) {
            super(parser, "outside " + SupportedDates.RANGE, value, type);
        }
    }

    /** Reads with the standard deserializer, then refuses what {@link SupportedDates} does not take. */
    static final class SupportedDateDeserializer extends DelegatingDeserializer {
        private final Class<?> type;

        SupportedDateDeserializer(JsonDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new SupportedDateDeserializer(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getText();
            Object value = super.deserialize(parser, context);
            if (value instanceof TemporalAccessor temporal && !SupportedDates.supported(temporal)) {
                throw new DateOutOfRange(parser, text, type);
            }
            return value;
        }
    }
}
