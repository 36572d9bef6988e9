package cn.jiedao.safety.keyperson;

import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.security.Roles;
import cn.jiedao.safety.audit.AuditLog.Accessor;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Who asks for personal data and what they may see: every role reads masked; a safety officer sees a key person
 * (a discipline officer a person concerned by a measure) in full only when the request states its purpose in
 * {@code X-Access-Purpose} (UTF-8, percent-encoded:
 * {@code %E8%B5%B0%E8%AE%BF} is 走访), and that purpose goes into the audit.
 */
public record Reader(Actor actor, Accessor accessor, boolean full) {

    public static final String PURPOSE_HEADER = "X-Access-Purpose";

    /** The longest purpose, decoded. */
    static final int MAX_PURPOSE = 200;

    public static Reader of(SecurityContext security, String purposeHeader) {
        return of(security, purposeHeader, Roles.SAFETY_OFFICER);
    }

    /** A reader of records whose personal fields only {@code unmaskingRole} sees in full, for a stated purpose. */
    public static Reader of(SecurityContext security, String purposeHeader, String unmaskingRole) {
        String purpose = decode(purposeHeader);
        boolean full = purpose != null && security.isUserInRole(unmaskingRole);
        return new Reader(Actor.of(security), Accessor.of(security, purpose), full);
    }

    static String decode(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String purpose;
        try {
            purpose = URLDecoder.decode(header.strip(), StandardCharsets.UTF_8).strip();
        } catch (IllegalArgumentException e) {
            throw notUtf8();
        }
        if (purpose.isEmpty()) {
            return null;
        }
        if (purpose.indexOf('\uFFFD') >= 0 || purpose.chars().anyMatch(Character::isISOControl)) {
            throw notUtf8();
        }
        if (purpose.codePointCount(0, purpose.length()) > MAX_PURPOSE) {
            throw ProblemException.badRequest(PURPOSE_HEADER, "must be at most " + MAX_PURPOSE + " characters");
        }
        return purpose;
    }

    private static ProblemException notUtf8() {
        return ProblemException.badRequest(PURPOSE_HEADER,
                "must be UTF-8 text, percent-encoded (%E8%B5%B0%E8%AE%BF is 走访)");
    }
}
