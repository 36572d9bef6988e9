package cn.jiedao.hub.servicerequest;

import cn.jiedao.kernel.security.Roles;
import jakarta.ws.rs.core.SecurityContext;

/** Who receives and reads one-window requests; the lists stand once, in application.properties. */
public final class ServiceRequestRoles {

    /** Hub staff and street admins define service types and receive and handle requests. */
    public static final String WRITERS = "${jiedao.roles.hub-writers}";

    /** The writers, grid workers (their grids' requests) and leaders read them. */
    public static final String READERS = "${jiedao.roles.hub-record-readers}";

    /** Who reads the figures: hub staff, street admins, leaders and the county's systems. */
    public static final String STATISTICS = "${jiedao.roles.hub-statistics}";

    private ServiceRequestRoles() {
    }

    /** Only hub staff see the applicant's name, phone and identity number in full. */
    public static boolean seesApplicants(SecurityContext security) {
        return security.isUserInRole(Roles.HUB_STAFF);
    }
}
