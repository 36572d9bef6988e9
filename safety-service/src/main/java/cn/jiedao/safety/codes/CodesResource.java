package cn.jiedao.safety.codes;

import cn.jiedao.kernel.codes.CodeList;
import cn.jiedao.kernel.codes.CodeListsResource;
import cn.jiedao.safety.construction.CaseSource;
import cn.jiedao.safety.construction.ConstructionCaseStatus;
import cn.jiedao.safety.construction.ConstructionCaseStep;
import cn.jiedao.safety.discipline.DisciplineMeasure;
import cn.jiedao.safety.discipline.IntegrityWorkKind;
import cn.jiedao.safety.discipline.MeasureForm;
import cn.jiedao.safety.discipline.RecommendationStatus;
import cn.jiedao.safety.discipline.RecommendationStep;
import cn.jiedao.safety.discipline.StudyMeetingKind;
import cn.jiedao.safety.discipline.SupervisionCheckKind;
import cn.jiedao.safety.discipline.SupervisionCheckStatus;
import cn.jiedao.safety.discipline.SupervisionCheckStep;
import cn.jiedao.safety.discipline.SupervisionSubjectKind;
import cn.jiedao.safety.drill.DrillKind;
import cn.jiedao.safety.outreach.OutreachKind;
import cn.jiedao.safety.hazard.HazardDomain;
import cn.jiedao.safety.hazard.HazardSeverity;
import cn.jiedao.safety.hazard.HazardStatus;
import cn.jiedao.safety.hazard.HazardStep;
import cn.jiedao.safety.hazard.ExtensionStatus;
import cn.jiedao.safety.site.SiteKind;
import cn.jiedao.safety.keyperson.KeyPersonCategory;
import cn.jiedao.safety.keyperson.ClosureReason;
import cn.jiedao.safety.keyperson.DrugControlStatus;
import cn.jiedao.safety.keyperson.KeyPersonStatus;
import cn.jiedao.safety.keyperson.RiskLevel;
import cn.jiedao.safety.keyperson.SupervisionLevel;
import cn.jiedao.safety.keyperson.VisitKind;
import jakarta.ws.rs.Path;

@Path("/api/safety/codes")
public class CodesResource extends CodeListsResource {

    public CodesResource() {
        super(CodeList.of("hazardDomains", HazardDomain.class),
                CodeList.of("hazardSeverities", HazardSeverity.class),
                CodeList.of("keyPersonCategories", KeyPersonCategory.class),
                CodeList.of("keyPersonStatuses", KeyPersonStatus.class),
                CodeList.of("riskLevels", RiskLevel.class),
                CodeList.of("supervisionLevels", SupervisionLevel.class),
                CodeList.of("drugControlStatuses", DrugControlStatus.class),
                CodeList.of("visitKinds", VisitKind.class),
                CodeList.of("closureReasons", ClosureReason.class),
                CodeList.of("hazardStatuses", HazardStatus.class),
                CodeList.of("hazardSteps", HazardStep.class),
                CodeList.of("extensionStatuses", ExtensionStatus.class),
                CodeList.of("siteKinds", SiteKind.class),
                CodeList.of("constructionCaseStatuses", ConstructionCaseStatus.class),
                CodeList.of("constructionCaseSteps", ConstructionCaseStep.class),
                CodeList.of("caseSources", CaseSource.class),
                CodeList.of("drillKinds", DrillKind.class),
                CodeList.of("outreachKinds", OutreachKind.class),
                CodeList.of("supervisionCheckKinds", SupervisionCheckKind.class),
                CodeList.of("supervisionSubjectKinds", SupervisionSubjectKind.class),
                CodeList.of("supervisionCheckStatuses", SupervisionCheckStatus.class),
                CodeList.of("supervisionCheckSteps", SupervisionCheckStep.class),
                CodeList.of("disciplineMeasures", DisciplineMeasure.class),
                CodeList.of("measureForms", MeasureForm.class),
                CodeList.of("recommendationStatuses", RecommendationStatus.class),
                CodeList.of("recommendationSteps", RecommendationStep.class),
                CodeList.of("integrityWorkKinds", IntegrityWorkKind.class),
                CodeList.of("studyMeetingKinds", StudyMeetingKind.class));
    }
}
