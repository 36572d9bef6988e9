package cn.jiedao.hub.servicerequest;

import static cn.jiedao.hub.servicerequest.ServiceRequestStatus.ACCEPTED;
import static cn.jiedao.hub.servicerequest.ServiceRequestStatus.COMPLETED;
import static cn.jiedao.hub.servicerequest.ServiceRequestStatus.RECEIVED;
import static cn.jiedao.hub.servicerequest.ServiceRequestStatus.REFERRED;
import static cn.jiedao.hub.servicerequest.ServiceRequestStatus.REJECTED;
import static cn.jiedao.kernel.security.Roles.HUB_STAFF;
import static cn.jiedao.kernel.security.Roles.STREET_ADMIN;

import cn.jiedao.kernel.lifecycle.Lifecycle;
import java.util.Set;

/**
 * A one-window request's state machine, every step taken by hub staff or a street admin:
 *
 * <pre>
 * RECEIVED --accept--> ACCEPTED --complete--> COMPLETED
 * RECEIVED, ACCEPTED --reject (with the reason)--> REJECTED
 * RECEIVED, ACCEPTED --refer (to another department)--> REFERRED
 * RECEIVED, ACCEPTED --note--> same status       (a status note the applicant is told)
 * </pre>
 */
public final class ServiceRequestLifecycle {

    public static final Lifecycle<ServiceRequestStatus, ServiceRequestStep> LIFECYCLE =
            Lifecycle.of("ServiceRequest", ServiceRequestStatus.class, ServiceRequestStep.class)
                    .step(ServiceRequestStep.ACCEPT, Set.of(RECEIVED), ACCEPTED, HUB_STAFF, STREET_ADMIN)
                    .step(ServiceRequestStep.COMPLETE, Set.of(ACCEPTED), COMPLETED, HUB_STAFF, STREET_ADMIN)
                    .step(ServiceRequestStep.REJECT, Set.of(RECEIVED, ACCEPTED), REJECTED, HUB_STAFF, STREET_ADMIN)
                    .step(ServiceRequestStep.REFER, Set.of(RECEIVED, ACCEPTED), REFERRED, HUB_STAFF, STREET_ADMIN)
                    .stay(ServiceRequestStep.NOTE, Set.of(RECEIVED, ACCEPTED), HUB_STAFF, STREET_ADMIN)
                    .build();

    private ServiceRequestLifecycle() {
    }
}
