package cn.jiedao.economy;

/**
 * The role sets economy's endpoints name with {@code @RolesAllowed}, each listed once in
 * {@code application.properties} ({@code jiedao.roles.*}) with the roles of {@link cn.jiedao.kernel.security.Roles}.
 */
public final class EconomyRoles {

    /** Who reads economy's records and figures: economy-officer, street-admin, leader, county-system. */
    public static final String READERS = "${jiedao.roles.economy-readers}";

    /** Who records and changes them: economy-officer, street-admin. */
    public static final String WRITERS = "${jiedao.roles.economy-writers}";

    /** Who exchanges census files: census-platform, economy-officer, street-admin. */
    public static final String CENSUS_EXCHANGE = "${jiedao.roles.census-exchange}";

    /** Who reads the census figures: the exchange roles and leader, county-system. */
    public static final String CENSUS_READERS = "${jiedao.roles.census-readers}";

    private EconomyRoles() {
    }
}
