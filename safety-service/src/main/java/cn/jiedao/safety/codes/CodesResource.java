package cn.jiedao.safety.codes;

import cn.jiedao.kernel.codes.CodeList;
import cn.jiedao.kernel.codes.CodeListsResource;
import cn.jiedao.safety.construction.ConstructionCaseStatus;
import cn.jiedao.safety.hazard.HazardDomain;
import cn.jiedao.safety.hazard.HazardSeverity;
import cn.jiedao.safety.keyperson.KeyPersonCategory;
import cn.jiedao.safety.venue.VenueType;
import jakarta.ws.rs.Path;

@Path("/api/safety/codes")
public class CodesResource extends CodeListsResource {

    public CodesResource() {
        super(CodeList.of("hazardDomains", HazardDomain.class),
                CodeList.of("hazardSeverities", HazardSeverity.class),
                CodeList.of("keyPersonCategories", KeyPersonCategory.class),
                CodeList.of("venueTypes", VenueType.class),
                CodeList.of("constructionCaseStatuses", ConstructionCaseStatus.class));
    }
}
