package cn.jiedao.kernel.lifecycle;

import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.security.Actor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The steps a kind of record may take through its states: for each step (an action), the states it may
 * start from, the state it leads to (or the same state, for a step that changes the record without moving
 * it) and the roles that may take it. Plain Java, so the rules of a state machine are unit-tested without
 * Quarkus; {@code cn.jiedao.eventing.records.LifecycleSteps} runs a step against the database.
 *
 * <p>A step not allowed from the current state is a 409 problem that names the current state and the steps
 * allowed from it; a step the caller's roles do not cover is a 403 problem. A service step is taken by the
 * service itself on an event it consumed (a demolition reported by another service concludes a complaint):
 * no caller takes it, and the steps a caller is told are allowed never include it.
 *
 * @param <S> the record's states
 * @param <A> its steps
 */
public final class Lifecycle<S extends Enum<S>, A extends Enum<A>> {

    /**
     * One step: where it may start, where it leads ({@code to == null}: the state stays) and who may take it;
     * {@code byService}: only the service itself, on an event.
     */
    public record Step<S extends Enum<S>, A extends Enum<A>>(A action, Set<S> from, S to, Set<String> roles,
            boolean byService) {

        /** The state after this step taken from {@code current}. */
        public S next(S current) {
            return to == null ? current : to;
        }

        public boolean allowedBy(Predicate<String> hasRole) {
            return roles.isEmpty() || roles.stream().anyMatch(hasRole);
        }
    }

    private final String recordName;
    private final Class<S> states;
    private final Map<A, Step<S, A>> steps;

    private Lifecycle(String recordName, Class<S> states, Map<A, Step<S, A>> steps) {
        this.recordName = recordName;
        this.states = states;
        this.steps = Collections.unmodifiableMap(steps);
    }

    /** @param recordName how problems name the record, e.g. {@code Dispute} */
    public static <S extends Enum<S>, A extends Enum<A>> Builder<S, A> of(String recordName, Class<S> states,
            Class<A> actions) {
        return new Builder<>(recordName, states, actions);
    }

    public String recordName() {
        return recordName;
    }

    /** The step {@code action} from {@code current}; a 409 problem when the lifecycle does not allow it. */
    public Step<S, A> step(S current, A action) {
        Step<S, A> step = steps.get(action);
        if (step == null || !step.from().contains(current)) {
            List<A> allowed = allowedFrom(current);
            throw new ProblemException(409, "step-not-allowed", "Step not allowed in the current state",
                    "A " + recordName.toLowerCase() + " in state " + current + " cannot take the step " + action
                            + (allowed.isEmpty() ? "; no step is allowed from " + current
                                    : "; from " + current + " the allowed steps are " + allowed),
                    null)
                    .with("currentState", current.name())
                    .with("allowedSteps", allowed.stream().map(Enum::name).toList());
        }
        return step;
    }

    /** {@link #step} and, unless {@code hasRole} covers the step's roles, a 403 problem. */
    public Step<S, A> step(S current, A action, Predicate<String> hasRole) {
        Step<S, A> step = step(current, action);
        if (step.byService()) {
            throw new ProblemException(403, "forbidden", "Forbidden", "The step " + action + " of a "
                    + recordName.toLowerCase() + " is taken by the service itself, on an event", null);
        }
        if (!step.allowedBy(hasRole)) {
            throw new ProblemException(403, "forbidden", "Forbidden", "The step " + action + " of a "
                    + recordName.toLowerCase() + " is taken by " + step.roles(), null);
        }
        return step;
    }

    /** {@link #step} by {@code actor}: the service itself takes any step, a caller those its roles cover. */
    public Step<S, A> step(S current, A action, Actor actor) {
        return actor.isSystem() ? step(current, action) : step(current, action, actor::hasRole);
    }

    /** The state after {@code action} from {@code current}, or the 409 problem. */
    public S next(S current, A action) {
        return step(current, action).next(current);
    }

    public boolean allows(S current, A action) {
        Step<S, A> step = steps.get(action);
        return step != null && step.from().contains(current);
    }

    /** The steps a caller may take from {@code current}, in the order they were declared (no service step). */
    public List<A> allowedFrom(S current) {
        List<A> allowed = new ArrayList<>();
        steps.values().forEach(step -> {
            if (step.from().contains(current) && !step.byService()) {
                allowed.add(step.action());
            }
        });
        return allowed;
    }

    /** The states reachable in one step from {@code current}, the current one included for a staying step. */
    public Set<S> nextStates(S current) {
        Set<S> next = EnumSet.noneOf(states);
        steps.values().forEach(step -> {
            if (step.from().contains(current)) {
                next.add(step.next(current));
            }
        });
        return next;
    }

    public Map<A, Step<S, A>> steps() {
        return steps;
    }

    public static final class Builder<S extends Enum<S>, A extends Enum<A>> {
        private final String recordName;
        private final Class<S> states;
        private final Map<A, Step<S, A>> steps;

        private Builder(String recordName, Class<S> states, Class<A> actions) {
            this.recordName = recordName;
            this.states = states;
            this.steps = new LinkedHashMap<>(new EnumMap<>(actions));
        }

        /** A step from any of {@code from} to {@code to}, taken by any of {@code roles} (none listed: any). */
        public Builder<S, A> step(A action, Set<S> from, S to, String... roles) {
            return add(action, from, to, false, roles);
        }

        /** A step the service takes on an event it consumed, never a caller ({@code to == null}: it stays). */
        public Builder<S, A> serviceStep(A action, Set<S> from, S to) {
            return add(action, from, to, true);
        }

        private Builder<S, A> add(A action, Set<S> from, S to, boolean byService, String... roles) {
            if (steps.containsKey(action)) {
                throw new IllegalStateException("step " + action + " is declared twice");
            }
            if (from.isEmpty()) {
                throw new IllegalStateException("step " + action + " starts from no state");
            }
            steps.put(action, new Step<>(action, Set.copyOf(from), to, Set.of(roles), byService));
            return this;
        }

        /** A step that changes the record but leaves it in the state it is in. */
        public Builder<S, A> stay(A action, Set<S> from, String... roles) {
            return step(action, from, null, roles);
        }

        public Lifecycle<S, A> build() {
            return new Lifecycle<>(recordName, states, new LinkedHashMap<>(steps));
        }
    }
}
