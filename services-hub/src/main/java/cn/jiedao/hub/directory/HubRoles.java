package cn.jiedao.hub.directory;

import cn.jiedao.kernel.security.Roles;

/** The services hub's named role sets; the lists stand once, in application.properties. */
public final class HubRoles {

    /** Who records in grids: hub staff and street admins anywhere, grid workers in their grids. */
    public static final String RECORDERS = "${jiedao.roles.hub-recorders}";

    /** Who changes the directory and the service points. */
    public static final String[] WRITERS = {Roles.HUB_STAFF, Roles.STREET_ADMIN};

    private HubRoles() {
    }
}
