package cn.jiedao.mediation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static cn.jiedao.testing.Requests.as;

import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "mediation"))
class CodesResourceTest {

    @Test
    void codeListsCarryTheReportsChineseLabels() {
        as("grid-worker").when().get("/api/mediation/codes")
                .then().statusCode(200)
                .body("disputeCategories.label", equalTo("诉求类别"))
                .body("disputeCategories.codes.find { it.code == 'PROPERTY_MANAGEMENT' }.label", equalTo("物业类"))
                .body("disputeCategories.codes", hasSize(8))
                .body("intakeChannels.codes.find { it.code == 'POLICE_REFERRAL' }.label", equalTo("派出所流转"))
                .body("intakeChannels.codes", hasSize(8))
                .body("disputeStatuses.codes[0].code", equalTo("RECEIVED"));
    }
}
