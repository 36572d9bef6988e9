package cn.jiedao.kernel.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who takes a step or makes a change: a signed-in caller (the token's subject and roles) or the service itself
 * acting on an event it consumed ({@code kafka:<topic>}), which every step admits. Histories and audit rows
 * record {@link #name()}.
 *
 * <p>A grid worker works in the grids the county's identity provider lists in the token's {@code grids} claim
 * (15-digit grid codes); {@link #worksOnlyIn()} says whether a caller is bound to them.
 */
public final class Actor {

    /** The token claim listing a grid worker's grid codes. */
    public static final String GRIDS_CLAIM = "grids";

    private final String name;
    private final Predicate<String> hasRole;
    private final boolean system;
    private final Set<String> grids;

    private Actor(String name, Predicate<String> hasRole, boolean system, Set<String> grids) {
        this.name = name;
        this.hasRole = hasRole;
        this.system = system;
        this.grids = Set.copyOf(grids);
    }

    /** The caller of a REST request. */
    public static Actor of(SecurityContext security) {
        Principal principal = security.getUserPrincipal();
        return new Actor(principal.getName(), security::isUserInRole, false, grids(principal));
    }

    /** The service acting on its own behalf, e.g. {@code Actor.system("kafka:safety.case-events")}. */
    public static Actor system(String name) {
        return new Actor(name, role -> true, true, Set.of());
    }

    /** A caller with exactly these roles, for rules tested without a request. */
    public static Actor withRoles(String name, String... roles) {
        Set<String> held = Set.of(roles);
        return new Actor(name, held::contains, false, Set.of());
    }

    /** A caller with these roles working in these grids, for rules tested without a request. */
    public static Actor withGrids(String name, Collection<String> grids, String... roles) {
        Set<String> held = Set.of(roles);
        return new Actor(name, held::contains, false, new LinkedHashSet<>(grids));
    }

    public String name() {
        return name;
    }

    public boolean hasRole(String role) {
        return hasRole.test(role);
    }

    public boolean isSystem() {
        return system;
    }

    /** The grid codes of the token's {@code grids} claim; empty when it has none. */
    public Set<String> grids() {
        return grids;
    }

    /**
     * Whether the caller may act only in {@link #grids()}: a grid worker who is not also a safety officer,
     * mediator, hub staff or street admin (the offices that work across the street).
     */
    public boolean worksOnlyIn() {
        return !system && hasRole(Roles.GRID_WORKER) && !hasRole(Roles.STREET_ADMIN) && !hasRole(Roles.SAFETY_OFFICER)
                && !hasRole(Roles.MEDIATOR) && !hasRole(Roles.HUB_STAFF);
    }

    /** Whether the caller may act on a record of {@code gridCode}: anyone not bound to grids, or one of theirs. */
    public boolean mayWorkIn(String gridCode) {
        return !worksOnlyIn() || gridCode != null && grids.contains(gridCode);
    }

    @Override
    public String toString() {
        return name;
    }

    private static Set<String> grids(Principal principal) {
        if (!(principal instanceof JsonWebToken token)) {
            return Set.of();
        }
        Object claim = token.getClaim(GRIDS_CLAIM);
        Set<String> grids = new LinkedHashSet<>();
        if (claim instanceof JsonArray array) {
            array.forEach(value -> grids.add(value instanceof JsonString s ? s.getString() : value.toString()));
        } else if (claim instanceof Collection<?> values) {
            values.forEach(value -> grids.add(String.valueOf(value)));
        } else if (claim instanceof String value) {
            grids.addAll(Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
        }
        return grids;
    }
}
