package cn.jiedao.kernel.problem;

import cn.jiedao.kernel.web.RequestIds;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception that reaches the REST layer into an RFC 9457 problem: the framework's own
 * (unknown path, wrong method or media type, unreadable JSON, failed authentication), validation
 * failures naming each field, domain {@link ProblemException}s, and anything unexpected as a 500 that
 * carries the request id but never a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response domain(ProblemException e, HttpServerRequest request) {
        return respond(e.toProblem(), request);
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, HttpServerRequest request) {
        boolean ours = e.getConstraintViolations().stream()
                .anyMatch(v -> lastKind(v.getPropertyPath()) == ElementKind.RETURN_VALUE);
        if (ours) {
            return unexpected(e, request);
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::reason))
                .toList();
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).reason()
                : errors.size() + " fields are not valid: "
                        + errors.stream().map(Problem.FieldError::field).distinct().collect(Collectors.joining(", "));
        return respond(ProblemResponses.of(400, detail, errors), request);
    }

    @ServerExceptionMapper
    public Response validation(ValidationException e, HttpServerRequest request) {
        if (e instanceof ConstraintViolationException cve) {
            return violations(cve, request);
        }
        return unexpected(e, request);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, HttpServerRequest request) {
        StreamConstraintsException limit = streamLimit(e);
        if (limit != null) {
            // Jackson's read limits (JsonLimits): the body as a whole is refused, naming the limit.
            String reason = limit.getMessage() != null && limit.getMessage().contains("nesting depth")
                    ? "nests deeper than " + JsonLimits.MAX_NESTING_DEPTH + " levels, the limit of a JSON body"
                    : "exceeds a limit of JSON bodies: " + firstLine(limit.getOriginalMessage());
            return respond(ProblemResponses.of(400, "body: " + reason, List.of(new Problem.FieldError("body", reason))),
                    request);
        }
        if (e instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            String field = jsonPath(jme.getPath());
            String reason = reason(jme);
            return respond(ProblemResponses.of(400, field + ": " + reason, List.of(new Problem.FieldError(field, reason))),
                    request);
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return respond(ProblemResponses.of(400, "The request body is not valid JSON" + where), request);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpServerRequest request) {
        return unreadableJson(e, request);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthorized(RuntimeException e, HttpServerRequest request) {
        Problem problem = ProblemResponses.of(401,
                "A valid bearer token is required (Authorization: Bearer <JWT>)");
        return Response.fromResponse(respond(problem, request))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(ProblemResponses.of(403, "Your role may not " + request.method() + " " + request.path()),
                request);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof cn.jiedao.kernel.web.ParameterConverters.UnreadableParameter unreadable) {
                return respond(ProblemResponses.of(400, unreadable.getMessage(),
                        List.of(new Problem.FieldError(unreadable.parameter(), unreadable.reason()))), request);
            }
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        String detail = switch (status) {
            case 404 -> "Nothing at " + request.method() + " " + request.path();
            case 405 -> "Method " + request.method() + " is not allowed on " + request.path() + allowed(e);
            case 406 -> "This resource answers application/json; the Accept header asks for "
                    + request.getHeader(HttpHeaders.ACCEPT);
            case 415 -> "Content type " + (request.getHeader(HttpHeaders.CONTENT_TYPE) == null ? "(none)"
                    : request.getHeader(HttpHeaders.CONTENT_TYPE)) + " is not supported here; send application/json";
            default -> e.getCause() instanceof JsonProcessingException
                    ? "The request body is not valid JSON" : ProblemResponses.title(status);
        };
        if (e.getCause() instanceof JsonProcessingException jpe) {
            return unreadableJson(jpe, request);
        }
        return respond(ProblemResponses.of(status, detail), request);
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (DatabaseOutage.isOutage(e)) {
            LOG.warnf("Database unreachable on %s %s (request %s), answered 503: %s", request.method(),
                    request.path(), RequestIds.of(request), e);
            return DatabaseOutage.response(DatabaseOutage.problem().withRequest(request.path(), RequestIds.of(request)));
        }
        LOG.errorf(e, "Unexpected failure on %s %s (request %s)", request.method(), request.path(),
                RequestIds.of(request));
        return respond(ProblemResponses.of(500,
                "The request could not be completed; quote request id " + RequestIds.of(request)
                        + " when reporting it"), request);
    }

    private static StreamConstraintsException streamLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamConstraintsException limit) {
                return limit;
            }
        }
        return null;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('(');
        return (end > 0 ? text.substring(0, end) : text).trim();
    }

    private static Response respond(Problem problem, HttpServerRequest request) {
        return ProblemResponses.response(problem.withRequest(request.path(), RequestIds.of(request)));
    }

    private static String allowed(WebApplicationException e) {
        if (e instanceof NotAllowedException && e.getResponse() != null) {
            var allow = e.getResponse().getAllowedMethods();
            if (allow != null && !allow.isEmpty()) {
                return "; allowed: " + String.join(", ", allow.stream().sorted().toList());
            }
        }
        return "";
    }

    static String fieldName(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean last = i == nodes.size() - 1;
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR
                    || (kind == ElementKind.PARAMETER && !last)) {
                continue;
            }
            if (node.getIndex() != null && name.length() > 0) {
                name.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null && name.length() > 0) {
                name.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (name.length() > 0) {
                    name.append('.');
                }
                name.append(node.getName());
            }
        }
        return name.length() == 0 ? "body" : name.toString();
    }

    private static ElementKind lastKind(Path path) {
        ElementKind kind = null;
        for (Path.Node node : path) {
            kind = node.getKind();
            if (kind == ElementKind.RETURN_VALUE) {
                return kind;
            }
        }
        return kind;
    }

    static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder name = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (name.length() > 0) {
                    name.append('.');
                }
                name.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                name.append('[').append(ref.getIndex()).append(']');
            }
        }
        return name.length() == 0 ? "body" : name.toString();
    }

    private static String reason(JsonMappingException e) {
        if (e instanceof TextWithoutControls.ControlCharacterException control) {
            return control.reason();
        }
        if (e instanceof JsonLimits.DateOutOfRange range) {
            return "must lie between " + cn.jiedao.kernel.time.SupportedDates.RANGE.replace(" to ", " and ")
                    + "; got " + range.getValue();
        }
        if (e instanceof InvalidFormatException ife) {
            Class<?> target = ife.getTargetType();
            if (target != null && target.isEnum()) {
                return "must be one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", ")) + "; got " + ife.getValue();
            }
            return "cannot be read as " + (target == null ? "the expected type" : simpleType(target))
                    + ": " + ife.getValue();
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof MismatchedInputException mie && mie.getTargetType() != null) {
            return "must be " + simpleType(mie.getTargetType());
        }
        return "cannot be read";
    }

    private static String simpleType(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.getName().startsWith("java.time.")) {
            return "an ISO-8601 " + (type.getSimpleName().equals("LocalDate") ? "date (2023-10-31)"
                    : "date-time (2023-10-31T09:30:00+08:00)");
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
