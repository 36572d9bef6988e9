package cn.jiedao.safety.keyperson;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Erases, every night, the personal fields of key-person records closed longer ago than
 * {@code jiedao.safety.key-persons.retention-days}. Two instances at once cannot both erase a record: each takes
 * the row lock, and the second finds it ERASED already.
 */
@ApplicationScoped
public class KeyPersonErasure {

    private static final Logger LOG = Logger.getLogger(KeyPersonErasure.class);

    @Inject
    KeyPersonService people;

    @Scheduled(identity = "key-person-erasure", cron = "${jiedao.safety.key-persons-erasure-cron:0 30 2 * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void sweep() {
        int erased = people.eraseExpired();
        if (erased > 0) {
            LOG.infof("%d closed key-person records past their retention period erased", erased);
        }
    }
}
