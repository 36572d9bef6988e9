package cn.jiedao.kernel.web;

import cn.jiedao.kernel.problem.ProblemException;

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
