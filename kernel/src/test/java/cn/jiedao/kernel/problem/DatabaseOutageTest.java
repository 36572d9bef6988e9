package cn.jiedao.kernel.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** Which failures are a database that cannot be reached (503 + Retry-After), wherever they sit in the chain. */
class DatabaseOutageTest {

    @Test
    void hibernatesConnectionExceptionAnywhereInTheChain() {
        var hibernate = new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLException("Acquisition timeout while waiting for new connection", new TimeoutException()));
        assertThat(DatabaseOutage.isOutage(hibernate)).isTrue();
        assertThat(DatabaseOutage.isOutage(new RuntimeException("wrapped", new PersistenceException(hibernate))))
                .isTrue();
    }

    @Test
    void agroalsAcquisitionTimeoutWithoutSqlState() {
        var agroal = new SQLException("Acquisition timeout while waiting for new connection", new TimeoutException());
        assertThat(DatabaseOutage.isOutage(new IllegalStateException(agroal))).isTrue();
        assertThat(DatabaseOutage.isOutage(new SQLException("Sorry, acquisition timeout!"))).isTrue();
    }

    @Test
    void transientConnectionExceptions() {
        assertThat(DatabaseOutage.isOutage(new SQLTransientConnectionException("gone"))).isTrue();
    }

    @Test
    void sqlStatesOfClass08AndTheServerShuttingDownOrStarting() {
        // the driver's connection refused (08001) and connection lost (08006), wrapped as a commit failure
        var refused = new PSQLException("Connection to 127.0.0.1:5432 refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT);
        assertThat(refused.getSQLState()).isEqualTo("08001");
        RollbackException commit = new RollbackException("commit failed");
        commit.initCause(new PersistenceException(refused));
        assertThat(DatabaseOutage.isOutage(commit)).isTrue();
        assertThat(DatabaseOutage.isOutage(new PSQLException("An I/O error occurred", PSQLState.CONNECTION_FAILURE)))
                .isTrue();
        for (String state : new String[] {"08000", "08003", "08004", "08P01", "57P01", "57P02", "57P03"}) {
            assertThat(DatabaseOutage.isOutage(new PersistenceException(new SQLException("x", state))))
                    .as(state).isTrue();
        }
        // the next exception of a batch
        SQLException batch = new SQLException("Batch entry 0 was aborted", "40001");
        batch.setNextException(new SQLException("terminating connection due to administrator command", "57P01"));
        assertThat(DatabaseOutage.isOutage(batch)).isTrue();
    }

    @Test
    void otherDatabaseFailuresAreNotAnOutage() {
        for (String state : new String[] {"23505", "40001", "22008", "42P01", "57014", "53300"}) {
            assertThat(DatabaseOutage.isOutage(new PersistenceException(new SQLException("x", state))))
                    .as(state).isFalse();
        }
        assertThat(DatabaseOutage.isOutage(new SQLException("no state"))).isFalse();
        assertThat(DatabaseOutage.isOutage(new IllegalStateException("acquisition timeout"))).isFalse();
        assertThat(DatabaseOutage.isOutage(new RuntimeException())).isFalse();
        assertThat(DatabaseOutage.isOutage(null)).isFalse();
        // a cause chain that loops ends
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(DatabaseOutage.isOutage(a)).isFalse();
    }

    @Test
    void theAnswerIs503ProblemWithRetryAfter() {
        var response = DatabaseOutage.answer(new SQLTransientConnectionException("gone"), "/api/x", "r-1").orElseThrow();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.requestId()).isEqualTo("r-1");
        assertThat(DatabaseOutage.answer(new RuntimeException(), "/api/x", "r-2")).isEmpty();
    }
}
