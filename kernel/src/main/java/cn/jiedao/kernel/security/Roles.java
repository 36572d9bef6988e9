package cn.jiedao.kernel.security;

/**
 * The roles of ARCHITECTURE.md. People: street-admin, leader (reads figures), economy-officer, mediator,
 * safety-officer, grid-worker, hub-staff, discipline-officer. Machine clients: police-system, census-platform,
 * county-system.
 * Every endpoint names the ones it admits with {@code @RolesAllowed}.
 */
public final class Roles {

    public static final String STREET_ADMIN = "street-admin";
    public static final String LEADER = "leader";
    public static final String ECONOMY_OFFICER = "economy-officer";
    public static final String MEDIATOR = "mediator";
    public static final String SAFETY_OFFICER = "safety-officer";
    public static final String GRID_WORKER = "grid-worker";
    public static final String HUB_STAFF = "hub-staff";
    /** 纪工委: the street's discipline inspection work committee; the only role that sees the persons concerned. */
    public static final String DISCIPLINE_OFFICER = "discipline-officer";
    public static final String POLICE_SYSTEM = "police-system";
    public static final String CENSUS_PLATFORM = "census-platform";
    public static final String COUNTY_SYSTEM = "county-system";

    /** The sub-district's own staff, every person role. */
    public static final String[] STAFF = {STREET_ADMIN, LEADER, ECONOMY_OFFICER, MEDIATOR, SAFETY_OFFICER,
            GRID_WORKER, HUB_STAFF, DISCIPLINE_OFFICER};

    public static final java.util.List<String> ALL = java.util.List.of(STREET_ADMIN, LEADER, ECONOMY_OFFICER,
            MEDIATOR, SAFETY_OFFICER, GRID_WORKER, HUB_STAFF, DISCIPLINE_OFFICER, POLICE_SYSTEM, CENSUS_PLATFORM,
            COUNTY_SYSTEM);

    private Roles() {
    }
}
