package cn.jiedao.gateway.reports;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * An {@code Accept} the annual report cannot be written as (e.g. {@code application/pdf}) is a 406 problem before
 * the report is assembled: without this the framework picks a representation's method anyway, the report's
 * statistics are requested from every service, and only writing the answer fails.
 */
public class AcceptableReports {

    static final String PATH = "/api/reports/annual/";
    static final List<MediaType> REPRESENTATIONS = List.of(MediaType.APPLICATION_JSON_TYPE,
            MediaType.valueOf(AnnualReportResource.MARKDOWN), MediaType.TEXT_HTML_TYPE,
            MediaType.valueOf(AnnualReportWord.MEDIA_TYPE));

    @ServerRequestFilter
    public void acceptable(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith(PATH) || request.getHeaderString("Accept") == null) {
            return;
        }
        if (!acceptable(request.getAcceptableMediaTypes())) {
            throw new NotAcceptableException();
        }
    }

    /** Whether one of the report's representations is among {@code accepted} (a q of 0 refuses a type). */
    static boolean acceptable(List<MediaType> accepted) {
        for (MediaType type : accepted) {
            String q = type.getParameters().get("q");
            if (q != null && isZero(q)) {
                continue;
            }
            for (MediaType representation : REPRESENTATIONS) {
                if (type.isCompatible(representation)) {
                    return true;
                }
            }
        }
        return accepted.isEmpty();
    }

    private static boolean isZero(String q) {
        try {
            return Double.parseDouble(q.trim()) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
