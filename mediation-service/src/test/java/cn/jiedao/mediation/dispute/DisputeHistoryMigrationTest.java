package cn.jiedao.mediation.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * V5 moves the history a database kept in {@code dispute_step} into {@code lifecycle_step}: migrated up to V4
 * in a schema of its own (over connections of its own, not the service's pool), given a dispute with two
 * steps, then migrated to the end.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "mediation"))
class DisputeHistoryMigrationTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void theStepsOfDisputeStepMoveToLifecycleStepInOrderAndTheSequenceGoesOnAfterThem() throws SQLException {
        String schema = "history_" + UUID.randomUUID().toString().substring(0, 8);
        UUID dispute = UUID.randomUUID();
        try {
            flyway(schema).target(MigrationVersion.fromVersion("4")).load().migrate();
            try (Connection c = connection(); Statement s = c.createStatement()) {
                s.execute("set search_path to " + schema);
                s.executeUpdate("""
                        insert into dispute (id, case_no, channel, category, summary, urgency, status, registered_at,
                            registered_by, received_at)
                        values ('%s', 'TJ-2022-00001', 'WALK_IN', 'NEIGHBOR', '楼上漏水', 'NORMAL', 'ACCEPTED',
                            timestamptz '2022-05-04 09:30+08', 'clerk', timestamptz '2022-05-04 09:30+08')"""
                        .formatted(dispute));
                s.executeUpdate("""
                        insert into dispute_step (dispute_id, action, from_status, to_status, actor, at, note) values
                            ('%1$s', 'REGISTER', null, 'RECEIVED', 'clerk', timestamptz '2022-05-04 09:30+08', null),
                            ('%1$s', 'ACCEPT', 'RECEIVED', 'ACCEPTED', 'mediator-1', timestamptz '2022-05-05 10:00+08',
                             '陈红调解室')""".formatted(dispute));
            }

            flyway(schema).load().migrate();

            try (Connection c = connection(); Statement s = c.createStatement()) {
                s.execute("set search_path to " + schema);
                List<String> steps = new ArrayList<>();
                long maxId = 0;
                try (ResultSet r = s.executeQuery("""
                        select id, record_type, record_id, action, from_state, to_state, actor, note
                        from lifecycle_step order by at, id""")) {
                    while (r.next()) {
                        maxId = Math.max(maxId, r.getLong("id"));
                        steps.add(String.join("|", r.getString("record_type"), r.getString("record_id"),
                                r.getString("action"), String.valueOf(r.getString("from_state")), r.getString("to_state"),
                                r.getString("actor"), String.valueOf(r.getString("note"))));
                    }
                }
                assertThat(steps).containsExactly(
                        "Dispute|" + dispute + "|REGISTER|null|RECEIVED|clerk|null",
                        "Dispute|" + dispute + "|ACCEPT|RECEIVED|ACCEPTED|mediator-1|陈红调解室");
                try (ResultSet r = s.executeQuery("""
                        select count(*) from lifecycle_step where effective_at is distinct from at""")) {
                    r.next();
                    assertThat(r.getLong(1)).as("moved entries took effect when they were entered").isZero();
                }
                try (ResultSet r = s.executeQuery("select to_regclass('dispute_step') is null")) {
                    r.next();
                    assertThat(r.getBoolean(1)).as("dispute_step dropped").isTrue();
                }
                try (ResultSet r = s.executeQuery("select nextval('lifecycle_step_seq')")) {
                    r.next();
                    // Hibernate's pooled optimizer hands out the 50 ids up to the sequence's value.
                    assertThat(r.getLong(1) - 49).as("first id of the next block").isGreaterThan(maxId);
                }
            }
        } finally {
            try (Connection c = connection(); Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    /** A connection of its own, outside the service's pool, so that its search path stays with it. */
    private Connection connection() throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway(String schema) {
        return Flyway.configure().dataSource(url, username, password).schemas(schema).createSchemas(true)
                .locations("classpath:db/eventing", "classpath:db/migration").outOfOrder(true);
    }
}
