package cn.jiedao.kernel.web;

import cn.jiedao.kernel.problem.Problem;
import cn.jiedao.kernel.problem.ProblemResponses;
import cn.jiedao.kernel.problem.TextWithoutControls;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Query parameters and path segments are refused, naming the parameter, when they hold a control character
 * (decoded {@code %00} and the like), before a resource passes them to a query that PostgreSQL would refuse
 * late; JSON bodies get the same rule from {@link TextWithoutControls}. A path whose segments do not decode
 * ({@code %25}, decoded once by the server, is a stray {@code %} to the path parameters) is refused the same
 * way instead of failing in the framework.
 */
public class ControlCharacterGuard {

    @ServerRequestFilter(preMatching = true)
    public Response refuseControls(ContainerRequestContext context) {
        Map<String, List<String>> query = context.getUriInfo().getQueryParameters(true);
        List<PathSegment> segments;
        try {
            segments = context.getUriInfo().getPathSegments(true);
        } catch (IllegalArgumentException e) {
            // e.g. %25 decodes to a lone % that the path parameters would be decoded from again
            return refuse("path", "is not valid percent-encoding (a % must start %XX)", context);
        }
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (TextWithoutControls.firstRefused(parameter.getKey()) >= 0) {
                return refuse("query", "a query parameter's name holds a control character", context);
            }
            for (String value : parameter.getValue()) {
                int refused = TextWithoutControls.firstRefused(value);
                if (refused >= 0) {
                    return refuse(parameter.getKey(), String.format("must not contain the control character U+%04X",
                            refused), context);
                }
            }
        }
        for (PathSegment segment : segments) {
            int refused = TextWithoutControls.firstRefused(segment.getPath());
            if (refused >= 0) {
                return refuse("path", String.format("a path segment holds the control character U+%04X", refused),
                        context);
            }
        }
        return null;
    }

    private static Response refuse(String field, String reason, ContainerRequestContext context) {
        Problem problem = ProblemResponses.of(400, field + ": " + reason, List.of(new Problem.FieldError(field, reason)))
                .withRequest(context.getUriInfo().getRequestUri().getRawPath(),
                        context.getHeaderString(RequestIds.HEADER));
        return ProblemResponses.response(problem);
    }
}
