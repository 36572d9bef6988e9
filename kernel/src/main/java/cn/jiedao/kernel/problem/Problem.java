package cn.jiedao.kernel.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail. Every error the platform answers has this shape, served as
 * {@code application/problem+json}; {@code errors} lists each rejected field of a request.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "ProblemDetail", description = "RFC 9457 problem detail")
public record Problem(
        @Schema(description = "URI naming the kind of problem", example = "https://jiedao.cn/problems/validation")
        URI type,
        @Schema(description = "Short summary of the kind of problem", example = "Request is not valid")
        String title,
        @Schema(description = "HTTP status code", example = "400")
        int status,
        @Schema(description = "What went wrong with this request", example = "2 fields are not valid")
        String detail,
        @Schema(description = "The request path", example = "/api/mediation/disputes")
        String instance,
        @Schema(description = "Correlates the response with the logs (X-Request-Id)")
        String requestId,
        @Schema(description = "Each rejected field and why")
        List<FieldError> errors,
        @JsonIgnore @Schema(hidden = true)
        Map<String, Object> extensions) {

    /** A problem without extension members. */
    public Problem(URI type, String title, int status, String detail, String instance, String requestId,
            List<FieldError> errors) {
        this(type, title, status, detail, instance, requestId, errors, Map.of());
    }

    /**
     * RFC 9457 extension members, written beside the standard ones: for a step not allowed, the record's
     * {@code currentState} and its {@code allowedSteps}.
     */
    @JsonAnyGetter
    public Map<String, Object> members() {
        return extensions == null ? Map.of() : extensions;
    }

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://jiedao.cn/problems/";

    /** One rejected input: {@code field} is a JSON path such as {@code parties[0].phone}, or a parameter name. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(example = "parties[0].residentId") String field,
            @Schema(example = "不是有效的居民身份证号码") String reason) {
    }

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    public Problem withRequest(String instance, String requestId) {
        return new Problem(type, title, status, detail, instance, requestId, errors, extensions);
    }
}
