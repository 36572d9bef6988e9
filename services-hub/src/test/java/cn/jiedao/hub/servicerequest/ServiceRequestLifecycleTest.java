package cn.jiedao.hub.servicerequest;

import static cn.jiedao.hub.servicerequest.ServiceRequestLifecycle.LIFECYCLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.security.Actor;
import org.junit.jupiter.api.Test;

class ServiceRequestLifecycleTest {

    @Test
    void aRequestIsAcceptedThenCompletedOrRejectedOrReferredWhileOpen() {
        assertThat(LIFECYCLE.next(ServiceRequestStatus.RECEIVED, ServiceRequestStep.ACCEPT))
                .isEqualTo(ServiceRequestStatus.ACCEPTED);
        assertThat(LIFECYCLE.next(ServiceRequestStatus.ACCEPTED, ServiceRequestStep.COMPLETE))
                .isEqualTo(ServiceRequestStatus.COMPLETED);
        assertThat(LIFECYCLE.next(ServiceRequestStatus.RECEIVED, ServiceRequestStep.REJECT))
                .isEqualTo(ServiceRequestStatus.REJECTED);
        assertThat(LIFECYCLE.next(ServiceRequestStatus.ACCEPTED, ServiceRequestStep.REFER))
                .isEqualTo(ServiceRequestStatus.REFERRED);
        assertThat(LIFECYCLE.next(ServiceRequestStatus.ACCEPTED, ServiceRequestStep.NOTE))
                .isEqualTo(ServiceRequestStatus.ACCEPTED);
        assertThat(LIFECYCLE.allowedFrom(ServiceRequestStatus.RECEIVED)).containsExactly(ServiceRequestStep.ACCEPT,
                ServiceRequestStep.REJECT, ServiceRequestStep.REFER, ServiceRequestStep.NOTE);
        for (ServiceRequestStatus closed : new ServiceRequestStatus[] {ServiceRequestStatus.COMPLETED,
                ServiceRequestStatus.REJECTED, ServiceRequestStatus.REFERRED}) {
            assertThat(LIFECYCLE.allowedFrom(closed)).isEmpty();
        }
    }

    @Test
    void aRequestIsCompletedOnlyOnceAcceptedAndOnlyByHubStaffOrAStreetAdmin() {
        assertThatThrownBy(() -> LIFECYCLE.next(ServiceRequestStatus.RECEIVED, ServiceRequestStep.COMPLETE))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThatThrownBy(() -> LIFECYCLE.step(ServiceRequestStatus.RECEIVED, ServiceRequestStep.ACCEPT,
                Actor.withRoles("li.si", "grid-worker")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(LIFECYCLE.step(ServiceRequestStatus.RECEIVED, ServiceRequestStep.ACCEPT,
                Actor.withRoles("wang.wu", "hub-staff")).to()).isEqualTo(ServiceRequestStatus.ACCEPTED);
    }
}
