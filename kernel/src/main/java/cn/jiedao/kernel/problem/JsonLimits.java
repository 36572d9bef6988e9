package cn.jiedao.kernel.problem;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * 1970, far outside what PostgreSQL stores) is refused naming the field.
 */
@Singleton
public class JsonLimits implements ObjectMapperCustomizer {

    public static final int MAX_NESTING_DEPTH = 64;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .build());
        mapper.coercionConfigFor(LogicalType.DateTime)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    }
}
