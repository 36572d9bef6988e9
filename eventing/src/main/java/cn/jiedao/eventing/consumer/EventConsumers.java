package cn.jiedao.eventing.consumer;

import cn.jiedao.eventing.CloudEvents;
import cn.jiedao.eventing.DeadLetters;
import cn.jiedao.eventing.inbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;

/** Where {@link EventConsumer}s are made: {@code consumers.named("safety.illegal-construction").on(...).build()}. */
@ApplicationScoped
public class EventConsumers {

    @Inject
    CloudEvents cloudEvents;

    @Inject
    Inbox inbox;

    @Inject
    Validator validator;

    @Inject
    DeadLetters deadLetters;

    @Inject
    EntityManager em;

    /** @param name the consumer's name in the inbox, e.g. {@code mediation.police-referrals} */
    public EventConsumer.Builder named(String name) {
        return new EventConsumer.Builder(name, this);
    }
}
