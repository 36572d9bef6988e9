package cn.jiedao.infra;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The roles a Jiedao token can carry (its {@code groups} claim), as ARCHITECTURE.md names them. */
public enum Role {
    STREET_ADMIN("street-admin"),
    LEADER("leader"),
    ECONOMY_OFFICER("economy-officer"),
    MEDIATOR("mediator"),
    SAFETY_OFFICER("safety-officer"),
    GRID_WORKER("grid-worker"),
    HUB_STAFF("hub-staff"),
    POLICE_SYSTEM("police-system"),
    CENSUS_PLATFORM("census-platform"),
    COUNTY_SYSTEM("county-system");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(role -> role.code.equals(code)).findFirst();
    }

    /** The role named {@code code}, or an exception that lists the known roles. */
    public static Role require(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException(
                "Unknown role '" + code + "'. Known roles: " + allCodes()));
    }

    public static String allCodes() {
        return Arrays.stream(values()).map(Role::code).collect(Collectors.joining(", "));
    }
}
