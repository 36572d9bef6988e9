package cn.jiedao.kernel.problem;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Bounds what a JSON body may make the parser do: no request of the platform nests deeper than a few levels,
 * so a body nested deeper than {@value #MAX_NESTING_DEPTH} is refused while it is read (Jackson's
 * {@link StreamReadConstraints}) and answered 400 naming the limit ({@link ProblemMappers}).
 */
@Singleton
public class JsonLimits implements ObjectMapperCustomizer {

    public static final int MAX_NESTING_DEPTH = 64;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .build());
    }
}
