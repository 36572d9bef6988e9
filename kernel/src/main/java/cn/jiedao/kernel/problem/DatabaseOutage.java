package cn.jiedao.kernel.problem;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Optional;

/**
 * A request that failed because the service's database cannot be reached — PostgreSQL stopped, restarting or
 * refusing connections — is answered 503 with {@code Retry-After} (a few seconds), never 500: the client may
 * send it again (with the same {@code Idempotency-Key} where the operation takes one: a connection lost during
 * a commit leaves its outcome unknown). Recognized anywhere in the
 * cause chain:
 * <ul>
 * <li>Hibernate's {@code org.hibernate.exception.JDBCConnectionException} (by name: the kernel does not
 * depend on Hibernate, the gateway has none);</li>
 * <li>{@link SQLTransientConnectionException};</li>
 * <li>Agroal's acquisition timeout (an {@link SQLException} "Acquisition timeout while waiting for new
 * connection", no SQLState) — every connection of the pool waits for a database that does not answer;</li>
 * <li>any {@link SQLException} whose SQLState is of class {@code 08} (connection exception) or
 * {@code 57P01}/{@code 57P02}/{@code 57P03} (the server shutting down, crashed or not yet accepting
 * connections).</li>
 * </ul>
 * Used by kernel's {@link ProblemMappers} (what no other mapper claims) and by eventing's persistence mapper.
 */
public final class DatabaseOutage {

    /** Seconds a client is asked to wait before sending the request again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final String HIBERNATE_CONNECTION_EXCEPTION = "org.hibernate.exception.JDBCConnectionException";

    private DatabaseOutage() {
    }

    /** Whether {@code failure}, or one of its causes, says the database cannot be reached. */
    public static boolean isOutage(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 64; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (isOutageItself(t)) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException next = sql.getNextException(); next != null && depth < 64;
                        next = next.getNextException(), depth++) {
                    if (isOutageItself(next)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isOutageItself(Throwable t) {
        if (t instanceof SQLTransientConnectionException || isA(t.getClass(), HIBERNATE_CONNECTION_EXCEPTION)) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                    || state.equals("57P03"))) {
                return true;
            }
            String message = sql.getMessage();
            return state == null && message != null
                    && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
        }
        return false;
    }

    private static boolean isA(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The problem answered during an outage. */
    public static Problem problem() {
        return ProblemResponses.of(503, "The service's database cannot be reached at the moment; send the"
                + " request again in " + RETRY_AFTER_SECONDS + " seconds");
    }

    /** The problem's response, with {@code Retry-After}, if {@code failure} is an outage. */
    public static Optional<Response> answer(Throwable failure, String path, String requestId) {
        if (!isOutage(failure)) {
            return Optional.empty();
        }
        return Optional.of(response(problem().withRequest(path, requestId)));
    }

    /** A 503 problem response with {@code Retry-After}. */
    public static Response response(Problem problem) {
        return Response.fromResponse(ProblemResponses.response(problem))
                .header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS))
                .build();
    }
}
