package cn.jiedao.safety.codes;

import cn.jiedao.kernel.codes.CodeList;
import cn.jiedao.kernel.codes.CodeListsResource;
import cn.jiedao.safety.construction.CaseSource;
import cn.jiedao.safety.construction.ConstructionCaseStatus;
import cn.jiedao.safety.construction.ConstructionCaseStep;
import cn.jiedao.safety.drill.DrillKind;
import cn.jiedao.safety.outreach.OutreachKind;
import cn.jiedao.safety.hazard.HazardDomain;
import cn.jiedao.safety.hazard.HazardSeverity;
import cn.jiedao.safety.hazard.HazardStatus;
import cn.jiedao.safety.hazard.HazardStep;
import cn.jiedao.safety.hazard.ExtensionStatus;
import cn.jiedao.safety.site.SiteKind;
import cn.jiedao.safety.keyperson.KeyPersonCategory;
import jakarta.ws.rs.Path;

@Path("/api/safety/codes")
public class CodesResource extends CodeListsResource {

    public CodesResource() {
        super(CodeList.of("hazardDomains", HazardDomain.class),
                CodeList.of("hazardSeverities", HazardSeverity.class),
                CodeList.of("keyPersonCategories", KeyPersonCategory.class),
                CodeList.of("hazardStatuses", HazardStatus.class),
                CodeList.of("hazardSteps", HazardStep.class),
                CodeList.of("extensionStatuses", ExtensionStatus.class),
                CodeList.of("siteKinds", SiteKind.class),
                CodeList.of("constructionCaseStatuses", ConstructionCaseStatus.class),
                CodeList.of("constructionCaseSteps", ConstructionCaseStep.class),
                CodeList.of("caseSources", CaseSource.class),
                CodeList.of("drillKinds", DrillKind.class),
                CodeList.of("outreachKinds", OutreachKind.class));
    }
}
