package cn.jiedao.eventing.records;

/**
 * A record that moves through a {@link cn.jiedao.kernel.lifecycle.Lifecycle}: its state, and the version
 * its ETag is made of (a JPA {@code @Version}).
 */
public interface Stateful<S extends Enum<S>> {

    S state();

    void state(S state);

    long version();
}
