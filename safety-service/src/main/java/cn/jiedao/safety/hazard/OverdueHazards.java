package cn.jiedao.safety.hazard;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Looks for hazards past their deadline every hour and escalates each once. Two instances sweeping at once
 * cannot both escalate a hazard: the version check lets one of them commit.
 */
@ApplicationScoped
public class OverdueHazards {

    private static final Logger LOG = Logger.getLogger(OverdueHazards.class);

    @Inject
    HazardService hazards;

    @Scheduled(identity = "overdue-hazards", every = "${jiedao.safety.overdue-sweep:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        int escalated = hazards.escalateOverdue();
        if (escalated > 0) {
            LOG.infof("%d hazards past their deadline escalated", escalated);
        }
    }
}
