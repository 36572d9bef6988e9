package cn.jiedao.kernel.web;

import cn.jiedao.kernel.problem.ProblemException;
import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency over HTTP: a mutable record's ETag is its version; a change must send the ETag it
 * last read in {@code If-Match}. Missing answers 428, stale answers 412, so no update is lost silently.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The ETag header value for a response builder's {@code tag(...)}, which adds the quotes itself. */
    public static EntityTag entityTag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The same, from an ETag already written with {@link #of(long)}. */
    public static EntityTag entityTag(String etag) {
        String value = etag.startsWith("W/") ? etag.substring(2) : etag;
        return new EntityTag(value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value);
    }

    public static void require(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired(
                    "Send If-Match with the ETag you last read (current ETag " + of(currentVersion) + ")");
        }
        String wanted = ifMatch.trim();
        if (wanted.equals("*")) {
            return;
        }
        if (wanted.startsWith("W/")) {
            wanted = wanted.substring(2);
        }
        if (!wanted.equals(of(currentVersion))) {
            throw ProblemException.preconditionFailed("The record has changed since you read it: If-Match "
                    + ifMatch + " but the current ETag is " + of(currentVersion) + "; read it again");
        }
    }
}
