package cn.jiedao.hub.volunteer;

import cn.jiedao.kernel.security.Roles;
import jakarta.ws.rs.core.SecurityContext;

/** Who records and reads volunteers; the lists stand once, in application.properties. */
public final class VolunteerRoles {

    /** Hub staff and street admins record teams, volunteers and activities. */
    public static final String WRITERS = "${jiedao.roles.hub-writers}";

    /** The writers, grid workers and leaders read them. */
    public static final String READERS = "${jiedao.roles.hub-record-readers}";

    private VolunteerRoles() {
    }

    /** Only hub staff see volunteers' phone numbers in full. */
    public static boolean seesPhones(SecurityContext security) {
        return security.isUserInRole(Roles.HUB_STAFF);
    }
}
