package cn.jiedao.safety;

import cn.jiedao.kernel.security.Roles;
import jakarta.ws.rs.core.SecurityContext;

/** The safety service's named role sets; the lists stand once, in application.properties. */
public final class SafetyRoles {

    /** Who reads registers and records: safety officers, grid workers, street admins. */
    public static final String READERS = "${jiedao.roles.safety-readers}";

    /** Who reads the figures: the readers, leaders and the county's systems. */
    public static final String STATISTICS = "${jiedao.roles.safety-statistics}";

    /** Who reads discipline supervision's records (persons concerned masked): discipline officers, street admins. */
    public static final String DISCIPLINE_READERS = "${jiedao.roles.discipline-readers}";

    /** Who reads discipline supervision's figures: its readers, leaders and the county's systems. */
    public static final String DISCIPLINE_STATISTICS = "${jiedao.roles.discipline-statistics}";

    private SafetyRoles() {
    }

    /** Only a safety officer sees contacts' phone numbers in full. */
    public static boolean seesContacts(SecurityContext security) {
        return security.isUserInRole(Roles.SAFETY_OFFICER);
    }
}
