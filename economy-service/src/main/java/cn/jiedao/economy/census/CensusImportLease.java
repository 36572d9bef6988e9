package cn.jiedao.economy.census;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps census import jobs from staying {@code RUNNING} for ever when the instance that ran them died. Each
 * instance has an owner id of its own (new at every start); a job it starts carries that id, and while the
 * job runs the instance renews the job's heartbeat every third of {@code jiedao.economy.census.import-lease}.
 * At start and at each renewal every instance also fails the {@code RUNNING} jobs of other owners whose
 * heartbeat is older than the lease: "interrupted: the service stopped during the import". So a second
 * instance on the same database, starting or running, leaves the other's live job alone; the database's
 * clock ({@code now()}) is the only clock compared, so the instances' clocks need not agree. The uploaded
 * file went with the dead instance's temporary directory: the job is not resumed, and importing the file
 * again is safe (the upsert changes only what differs).
 */
@ApplicationScoped
public class CensusImportLease {

    static final String INTERRUPTED = "interrupted: the service stopped during the import";
    private static final Logger LOG = Logger.getLogger(CensusImportLease.class);

    private final String owner = UUID.randomUUID().toString();

    @ConfigProperty(name = "jiedao.economy.census.import-lease", defaultValue = "20s")
    Duration lease;

    @Inject
    AgroalDataSource dataSource;

    private ScheduledExecutorService timer;

    void start(@Observes StartupEvent started) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "census-import-lease");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(1, lease.toMillis() / 3);
        timer.scheduleWithFixedDelay(this::tick, 0, period, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** How long a job's heartbeat stays valid. */
    public Duration lease() {
        return lease;
    }

    /** This instance's owner id, for a job it starts. */
    public String owner() {
        return owner;
    }

    private void tick() {
        try {
            renew();
            int failed = failAbandoned();
            if (failed > 0) {
                LOG.warnf("Marked %d census import(s) FAILED: their instance stopped during the import", failed);
            }
        } catch (SQLException | RuntimeException e) {
            // The database is away for a moment: the next tick tries again.
            LOG.debugf("Census import lease: %s", e);
        }
    }

    /** Renews the heartbeat of this instance's running jobs; answers how many. */
    int renew() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update census_import set heartbeat_at = now() where status = 'RUNNING' and owner_id = ?")) {
            update.setString(1, owner);
            return update.executeUpdate();
        }
    }

    /** Fails the running jobs of other instances whose heartbeat is older than the lease; answers how many. */
    int failAbandoned() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("""
                     update census_import set status = 'FAILED', error = ?, finished_at = now()
                     where status = 'RUNNING' and owner_id is distinct from ?
                       and (heartbeat_at is null or heartbeat_at < now() - make_interval(secs => ?))""")) {
            update.setString(1, INTERRUPTED);
            update.setString(2, owner);
            update.setDouble(3, lease.toMillis() / 1000.0);
            return update.executeUpdate();
        }
    }
}
