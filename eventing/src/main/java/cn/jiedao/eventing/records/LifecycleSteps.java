package cn.jiedao.eventing.records;

import cn.jiedao.eventing.outbox.Outbox;
import cn.jiedao.kernel.lifecycle.Lifecycle;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.time.EffectiveTime;
import cn.jiedao.kernel.time.StreetTime;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes a lifecycle step the one way every record kind takes it, in one transaction: load the record with a
 * row lock, check {@code If-Match} against its version (428 without, 412 when stale), check the step against
 * the {@link Lifecycle} (409 naming the current state and the allowed steps, 403 for a role the step does not
 * admit), move the state, let the step change the record, write the history entry (who, when, from, to,
 * note), publish the step's events through the outbox, and bump the version so that the answer carries the
 * new ETag. The row lock makes the If-Match check and the change one step: no lost update between them.
 *
 * <p>A step entered after the fact carries when it took effect ({@link EffectiveTime}, e.g. the request's
 * {@code occurredOn}/{@code occurredAt}): it is checked here, the one place, against the street's now and the
 * effective time of the record's previous step (400 naming the field), the change stamps the record with it
 * ({@link StepContext#at()}), and the history entry keeps it beside the real entry time.
 */
@ApplicationScoped
public class LifecycleSteps {

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    StreetTime time;

    /** What a step does to the record beyond its state: set fields, check the request, note, publish. */
    @FunctionalInterface
    public interface Change<R> {
        void apply(R record, StepContext step);
    }

    /** One step being taken: who and when, the history note, and the events it publishes. */
    public final class StepContext {
        private final Lifecycle.Step<?, ?> step;
        private final Object from;
        private final Actor actor;
        private final OffsetDateTime at;
        private final OffsetDateTime recordedAt;
        private final String recordKey;
        private String note;

        StepContext(Lifecycle.Step<?, ?> step, Object from, Actor actor, OffsetDateTime at, OffsetDateTime recordedAt,
                String recordKey) {
            this.step = step;
            this.from = from;
            this.actor = actor;
            this.at = at;
            this.recordedAt = recordedAt;
            this.recordKey = recordKey;
        }

        public Actor actor() {
            return actor;
        }

        /**
         * When the step took effect: the street's now, or the checked effective time of a step entered after the
         * fact. Stamp the record's fields with it.
         */
        public OffsetDateTime at() {
            return at;
        }

        /** When the step is entered: the street's now. */
        public OffsetDateTime recordedAt() {
            return recordedAt;
        }

        public Object from() {
            return from;
        }

        /** The note of the history entry. */
        public void note(String note) {
            this.note = note;
        }

        /** Publishes an event through the outbox in the step's transaction, keyed by the record's id. */
        public void publish(String topic, String type, Object data) {
            outbox.publish(topic, recordKey, type, data);
        }
    }

    /**
     * The step {@code action} of the record {@code id}, by a REST caller who sent {@code ifMatch}.
     *
     * @return the record after the step, its version already the new ETag
     */
    @Transactional
    public <R extends Stateful<S>, S extends Enum<S>, A extends Enum<A>> R take(Lifecycle<S, A> lifecycle,
            Class<R> type, Object id, String ifMatch, A action, Actor actor, Change<? super R> change) {
        return take(lifecycle, type, id, ifMatch, action, actor, EffectiveTime.NOW, change);
    }

    /**
     * The step {@code action} entered after the fact: it took effect {@code when} (checked: not in the future,
     * not before the record's previous step; 400 naming the field).
     */
    @Transactional
    public <R extends Stateful<S>, S extends Enum<S>, A extends Enum<A>> R take(Lifecycle<S, A> lifecycle,
            Class<R> type, Object id, String ifMatch, A action, Actor actor, EffectiveTime when,
            Change<? super R> change) {
        R record = lock(lifecycle, type, id);
        cn.jiedao.kernel.web.ETags.require(ifMatch, record.version());
        return apply(lifecycle, record, id, action, actor, when, change);
    }

    /**
     * The step {@code action} of a record this transaction already holds locked, without If-Match: a step
     * the service takes on an event it consumed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <R extends Stateful<S>, S extends Enum<S>, A extends Enum<A>> R apply(Lifecycle<S, A> lifecycle,
            R record, Object id, A action, Actor actor, Change<? super R> change) {
        return apply(lifecycle, record, id, action, actor, EffectiveTime.NOW, change);
    }

    /** {@link #apply(Lifecycle, Stateful, Object, Enum, Actor, Change)} of a step that took effect {@code when}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <R extends Stateful<S>, S extends Enum<S>, A extends Enum<A>> R apply(Lifecycle<S, A> lifecycle,
            R record, Object id, A action, Actor actor, EffectiveTime when, Change<? super R> change) {
        S from = record.state();
        Lifecycle.Step<S, A> step = lifecycle.step(from, action, actor);
        OffsetDateTime now = time.now();
        OffsetDateTime at = when.given() ? when.resolve(time, lastEffective(lifecycle, id)) : now;
        long version = record.version();
        record.state(step.next(from));
        StepContext context = new StepContext(step, from, actor, at, now, id.toString());
        change.apply(record, context);
        write(lifecycle.recordName(), id, action, from, record.state(), actor, now, at, context.note);
        em.flush();
        if (record.version() == version) {
            // A step that changed only rows beside the record (a visit, a history entry) still changes what
            // the record's ETag stands for.
            em.lock(record, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        return record;
    }

    /** Loads the record for a step with a row lock; 404 when there is none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <R> R lock(Lifecycle<?, ?> lifecycle, Class<R> type, Object id) {
        R record = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        if (record == null) {
            throw ProblemException.notFound(lifecycle.recordName(), id);
        }
        return record;
    }

    /**
     * The first entry of a new record's history: the step that created it in state {@code state}, which took
     * effect {@code at} (now, or the checked {@link #effective effective time} of a record entered after the
     * fact); the entry's {@code at} is the street's now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <S extends Enum<S>, A extends Enum<A>> void begin(Lifecycle<S, A> lifecycle, Object id, A action,
            S state, Actor actor, OffsetDateTime at, String note) {
        write(lifecycle.recordName(), id, action, null, state, actor, time.now(), at, note);
    }

    /**
     * When a new record took effect, as its creation request says ({@code registeredOn}, {@code receivedOn},
     * …): not in the future, else a 400 naming the field; now when the request says nothing.
     */
    public OffsetDateTime effective(EffectiveTime when) {
        return when.resolve(time, null);
    }

    /** The effective time of the record's latest history entry; null when it has none. */
    public OffsetDateTime lastEffective(Lifecycle<?, ?> lifecycle, Object id) {
        return em.createQuery("select max(e.effectiveAt) from StepEntry e where e.recordType = :type "
                + "and e.recordId = :id", OffsetDateTime.class).setParameter("type", lifecycle.recordName())
                .setParameter("id", id.toString()).getSingleResult();
    }

    /** A record's history, oldest first. */
    public List<StepEntry> history(Lifecycle<?, ?> lifecycle, Object id) {
        return StepEntry.list("recordType = ?1 and recordId = ?2", Sort.by("at").and("id"), lifecycle.recordName(),
                id.toString());
    }

    /** The histories of several records at once, by record id. */
    public Map<String, List<StepEntry>> histories(Lifecycle<?, ?> lifecycle, Collection<?> ids) {
        Map<String, List<StepEntry>> byRecord = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return byRecord;
        }
        StepEntry.<StepEntry>list("recordType = ?1 and recordId in ?2", Sort.by("at").and("id"),
                lifecycle.recordName(), ids.stream().map(Object::toString).toList())
                .forEach(e -> byRecord.computeIfAbsent(e.recordId, k -> new java.util.ArrayList<>()).add(e));
        return byRecord;
    }

    private void write(String recordType, Object id, Enum<?> action, Enum<?> from, Enum<?> to, Actor actor,
            OffsetDateTime at, OffsetDateTime effectiveAt, String note) {
        StepEntry entry = new StepEntry();
        entry.recordType = recordType;
        entry.recordId = id.toString();
        entry.action = action.name();
        entry.fromState = from == null ? null : from.name();
        entry.toState = to.name();
        entry.actor = actor.name();
        entry.at = at;
        entry.effectiveAt = effectiveAt == null ? at : effectiveAt;
        entry.note = note;
        em.persist(entry);
    }
}
