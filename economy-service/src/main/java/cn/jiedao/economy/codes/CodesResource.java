package cn.jiedao.economy.codes;

import cn.jiedao.economy.attraction.CeremonyKind;
import cn.jiedao.economy.census.CensusRecordType;
import cn.jiedao.economy.census.ImportStatus;
import cn.jiedao.economy.indicator.IndicatorUnit;
import cn.jiedao.economy.indicator.ValueBasis;
import cn.jiedao.economy.investment.ProjectStatus;
import cn.jiedao.economy.unit.EligibilityRule;
import cn.jiedao.economy.unit.RegistrationStatus;
import cn.jiedao.economy.unit.RegistrationStep;
import cn.jiedao.economy.unit.UnitCategory;
import cn.jiedao.kernel.codes.CodeList;
import cn.jiedao.kernel.codes.CodeListsResource;
import jakarta.ws.rs.Path;

@Path("/api/economy/codes")
public class CodesResource extends CodeListsResource {

    public CodesResource() {
        super(CodeList.of("unitCategories", UnitCategory.class),
                CodeList.of("registrationStatuses", RegistrationStatus.class),
                CodeList.of("registrationSteps", RegistrationStep.class),
                CodeList.of("censusRecordTypes", CensusRecordType.class),
                CodeList.of("valueBases", ValueBasis.class),
                CodeList.of("indicatorUnits", IndicatorUnit.class),
                CodeList.of("eligibilityRules", EligibilityRule.class),
                CodeList.of("censusImportStatuses", ImportStatus.class),
                CodeList.of("projectStatuses", ProjectStatus.class),
                CodeList.of("ceremonyKinds", CeremonyKind.class));
    }
}
