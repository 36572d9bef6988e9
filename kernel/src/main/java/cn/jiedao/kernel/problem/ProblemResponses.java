package cn.jiedao.kernel.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem responses for the standard HTTP statuses, so every mapper and filter says them alike. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Problem of(int status, String detail) {
        return of(status, detail, List.of());
    }

    public static Problem of(int status, String detail, List<Problem.FieldError> errors) {
        return new Problem(Problem.type(slug(status)), title(status), status, detail, null, null, errors);
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    static String slug(int status) {
        return switch (status) {
            case 400 -> "validation";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 412 -> "precondition-failed";
            case 413 -> "payload-too-large";
            case 414 -> "uri-too-long";
            case 415 -> "unsupported-media-type";
            case 428 -> "precondition-required";
            case 429 -> "too-many-requests";
            case 431 -> "headers-too-large";
            case 502 -> "bad-gateway";
            case 503 -> "service-unavailable";
            case 504 -> "gateway-timeout";
            default -> status >= 500 ? "internal-error" : "http-" + status;
        };
    }

    public static String title(int status) {
        return switch (status) {
            case 400 -> "Request is not valid";
            case 401 -> "Authentication required";
            case 403 -> "Not allowed for your role";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 409 -> "Conflict with the current state";
            case 412 -> "Precondition failed";
            case 413 -> "Payload too large";
            case 414 -> "URI too long";
            case 415 -> "Unsupported media type";
            case 428 -> "Precondition required";
            case 429 -> "Too many requests";
            case 431 -> "Request headers too large";
            case 502 -> "Bad gateway";
            case 503 -> "Service unavailable";
            case 504 -> "Gateway timeout";
            default -> status >= 500 ? "Internal error" : "HTTP " + status;
        };
    }
}
