package cn.jiedao.kernel.web;

import cn.jiedao.kernel.time.SupportedDates;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Query, path and header parameters of the types the API uses (code lists as enums, dates, months, ids) read
 * strictly (dates and months in years 0001–9999, kernel {@code SupportedDates}): a value that is not one is a 400 problem naming the parameter and saying what it must be, where
 * JAX-RS would answer 404 (a query parameter that does not convert means "no such resource" to the spec).
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    /** A parameter that could not be read; the problem mappers answer it naming {@link #parameter()}. */
    public static final class UnreadableParameter extends BadRequestException {
        private final String parameter;
        private final String reason;

        UnreadableParameter(String parameter, String reason) {
            super(parameter + ": " + reason);
            this.parameter = parameter;
            this.reason = reason;
        }

        public String parameter() {
            return parameter;
        }

        public String reason() {
            return reason;
        }
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (name == null) {
            return null;
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String allowed = Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name())
                    .collect(Collectors.joining(", "));
            return (ParamConverter<T>) converter(name, value -> Enum.valueOf(type, value), "must be one of " + allowed);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, value -> supported(LocalDate.parse(value),
                    "must be a date from " + SupportedDates.RANGE), "must be a date, YYYY-MM-DD");
        }
        if (rawType == YearMonth.class) {
            return (ParamConverter<T>) converter(name, value -> supported(YearMonth.parse(value),
                    "must be a month from 0001-01 to 9999-12"), "must be a month, YYYY-MM");
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, Integer::valueOf, "must be a whole number");
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, UUID::fromString, "must be an id (a UUID)");
        }
        return null;
    }

    /** A value that reads but lies outside what the platform takes; its reason replaces the general one. */
    private static final class OutOfRange extends RuntimeException {
        OutOfRange(String reason) {
            super(reason, null, false, false);
        }
    }

    private static <T extends java.time.temporal.TemporalAccessor> T supported(T value, String reason) {
        if (!SupportedDates.supported(value)) {
            throw new OutOfRange(reason);
        }
        return value;
    }

    private static <T> ParamConverter<T> converter(String name, Function<String, T> parse, String reason) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (OutOfRange e) {
                    throw new UnreadableParameter(name, e.getMessage());
                } catch (RuntimeException e) {
                    throw new UnreadableParameter(name, reason);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
            }
        };
    }

    private static String name(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam q) {
                return q.value();
            }
            if (annotation instanceof PathParam p) {
                return p.value();
            }
            if (annotation instanceof HeaderParam h) {
                return h.value();
            }
        }
        return null;
    }
}
