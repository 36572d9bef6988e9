package cn.jiedao.hub;

import cn.jiedao.testing.OpenApiContract;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "hub"))
class OpenApiDocumentTest {

    @Test
    void everyOperationHasItsSummaryProblemsAndTypedAnswers() {
        OpenApiContract.assertComplete("/api/hub", 60);
    }

    @Test
    void theServedDocumentIsThePublishedOne() {
        OpenApiContract.assertPublished("hub");
    }
}
