package cn.jiedao.kernel.security;

import jakarta.ws.rs.core.SecurityContext;
import java.util.function.Predicate;

/**
 * Who takes a step or makes a change: a signed-in caller (the token's subject and roles) or the service itself
 * acting on an event it consumed ({@code kafka:<topic>}), which every step admits. Histories and audit rows
 * record {@link #name()}.
 */
public final class Actor {

    private final String name;
    private final Predicate<String> hasRole;
    private final boolean system;

    private Actor(String name, Predicate<String> hasRole, boolean system) {
        this.name = name;
        this.hasRole = hasRole;
        this.system = system;
    }

    /** The caller of a REST request. */
    public static Actor of(SecurityContext security) {
        return new Actor(security.getUserPrincipal().getName(), security::isUserInRole, false);
    }

    /** The service acting on its own behalf, e.g. {@code Actor.system("kafka:safety.case-events")}. */
    public static Actor system(String name) {
        return new Actor(name, role -> true, true);
    }

    /** A caller with exactly these roles, for rules tested without a request. */
    public static Actor withRoles(String name, String... roles) {
        java.util.Set<String> held = java.util.Set.of(roles);
        return new Actor(name, held::contains, false);
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

    @Override
    public String toString() {
        return name;
    }
}
