package cn.jiedao.eventing.problems;

import cn.jiedao.kernel.problem.DatabaseOutage;
import cn.jiedao.kernel.problem.Problem;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.problem.ProblemResponses;
import cn.jiedao.kernel.web.RequestIds;
import io.quarkus.arc.ArcUndeclaredThrowableException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Optional;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * What the database refuses at a flush or a commit, answered as the problem it is rather than a 500: a record
 * changed by someone else in between (412, the version check of a concurrent update), a unique key taken by a
 * concurrent request (409), a value the column cannot hold (400). The transaction is rolled back, so nothing
 * is half-written. A database that cannot be reached is a 503 with {@code Retry-After} (kernel
 * {@code DatabaseOutage}). Anything else stays an unexpected failure, logged with its request id.
 */
public class PersistenceProblems {

    private static final Logger LOG = Logger.getLogger(PersistenceProblems.class);

    @ServerExceptionMapper
    public Response persistence(PersistenceException e, HttpServerRequest request) {
        return answer(e, request);
    }

    @ServerExceptionMapper
    public Response stale(StaleStateException e, HttpServerRequest request) {
        return answer(e, request);
    }

    @ServerExceptionMapper
    public Response rolledBack(RollbackException e, HttpServerRequest request) {
        return answer(e, request);
    }

    @ServerExceptionMapper
    public Response transactional(TransactionalException e, HttpServerRequest request) {
        return answer(e, request);
    }

    @ServerExceptionMapper
    public Response undeclared(ArcUndeclaredThrowableException e, HttpServerRequest request) {
        return answer(e, request);
    }

    /** The problem a database refusal stands for, if {@code e} or one of its causes is one. */
    public static Optional<Problem> problemOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProblemException problem) {
                return Optional.of(problem.toProblem());
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException
                    || t instanceof org.hibernate.dialect.lock.OptimisticEntityLockException) {
                return Optional.of(ProblemResponses.of(412,
                        "The record was changed by another request meanwhile: read it again for its new ETag"));
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.ofNullable(bySqlState(sql.getSQLState()));
            }
        }
        return Optional.empty();
    }

    private static Problem bySqlState(String state) {
        if (state.equals("23505")) {
            return ProblemResponses.of(409, "A record with the same key was stored by another request meanwhile");
        }
        if (state.equals("40001") || state.equals("40P01")) {
            return ProblemResponses.of(409, "The request met a concurrent one and was rolled back: send it again");
        }
        if (state.startsWith("22")) {
            String reason = switch (state) {
                case "22001" -> "a text is longer than its field allows";
                case "22021", "22P05" -> "a text holds a character that cannot be stored";
                case "22003" -> "a number is out of range";
                case "22007", "22008" -> "a date or time is out of range";
                default -> "a value cannot be stored";
            };
            return ProblemResponses.of(400, "The request is not valid: " + reason);
        }
        return null;
    }

    private static Response answer(Throwable e, HttpServerRequest request) {
        if (DatabaseOutage.isOutage(e)) {
            // The database cannot be reached: 503 with Retry-After (kernel DatabaseOutage), not a 500.
            LOG.warnf("Database unreachable on %s %s (request %s), answered 503: %s", request.method(),
                    request.path(), RequestIds.of(request), e);
            return DatabaseOutage.response(DatabaseOutage.problem().withRequest(request.path(), RequestIds.of(request)));
        }
        Problem problem = problemOf(e).orElseGet(() -> {
            LOG.errorf(e, "Unexpected failure on %s %s (request %s)", request.method(), request.path(),
                    RequestIds.of(request));
            return ProblemResponses.of(500, "The request could not be completed; quote request id "
                    + RequestIds.of(request) + " when reporting it");
        });
        return ProblemResponses.response(problem.withRequest(request.path(), RequestIds.of(request)));
    }
}
