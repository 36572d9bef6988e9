package cn.jiedao.safety.site;

import cn.jiedao.kernel.problem.Problem.FieldError;
import cn.jiedao.safety.site.SiteViews.RegisterSite;
import java.util.ArrayList;
import java.util.List;

/**
 * What a supervised venue must carry beyond any site: its licence (number and validity), its fire approval,
 * and an internet café's terminals or an entertainment venue's capacity. Other kinds carry none of these.
 */
public final class VenueRules {

    private VenueRules() {
    }

    /** The fields {@code site} lacks, named under {@code prefix} (e.g. {@code rows[3].}). */
    public static List<FieldError> check(RegisterSite site, String prefix) {
        List<FieldError> problems = new ArrayList<>();
        if (site.kind() == null || !site.kind().isVenue()) {
            return problems;
        }
        String venue = "required for a venue (" + site.kind() + ")";
        if (blank(site.licenceNo())) {
            problems.add(new FieldError(prefix + "licenceNo", venue));
        }
        if (site.licenceValidUntil() == null) {
            problems.add(new FieldError(prefix + "licenceValidUntil", venue));
        }
        if (blank(site.fireApprovalNo())) {
            problems.add(new FieldError(prefix + "fireApprovalNo", venue));
        }
        if (site.kind() == SiteKind.INTERNET_CAFE && site.terminals() == null) {
            problems.add(new FieldError(prefix + "terminals", "required for an internet café"));
        }
        if (site.kind() == SiteKind.ENTERTAINMENT_VENUE && site.capacity() == null) {
            problems.add(new FieldError(prefix + "capacity", "required for an entertainment venue"));
        }
        return problems;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
