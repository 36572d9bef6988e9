package cn.jiedao.mediation;

import cn.jiedao.kernel.security.Roles;

/**
 * The role sets mediation-service names on many endpoints, each once, as a property expression whose list is
 * in {@code application.properties} ({@code jiedao.roles.mediation-*}); the roles themselves are kernel's
 * {@link Roles}.
 */
public final class MediationRoles {

    /** Who reads disputes: mediators, street admins, grid workers, leaders. */
    public static final String READERS = "${jiedao.roles.mediation-readers}";

    /** Who works the cases (disputes' steps, warning letters): mediators and street admins. */
    public static final String CASE_WORKERS = "${jiedao.roles.mediation-case-workers}";

    /** Who reads the centre's rooms, mediators and warning letters: mediators, street admins, leaders. */
    public static final String OFFICE = "${jiedao.roles.mediation-office}";

    /** The roles of every step of a dispute's lifecycle (the same people as {@link #CASE_WORKERS}). */
    public static final String[] STEP_ROLES = {Roles.MEDIATOR, Roles.STREET_ADMIN};

    private MediationRoles() {
    }
}
