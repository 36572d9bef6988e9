package cn.jiedao.eventing.records;

import cn.jiedao.kernel.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.Panache;

/** Loading a record that must exist: the one way every service answers 404 for an id it does not hold. */
public final class Records {

    private Records() {
    }

    /** The record of {@code type} with {@code id}; a 404 problem naming it as {@code what} when there is none. */
    public static <T> T existing(Class<T> type, Object id, String what) {
        T found = Panache.getEntityManager(type).find(type, id);
        if (found == null) {
            throw ProblemException.notFound(what, id);
        }
        return found;
    }
}
