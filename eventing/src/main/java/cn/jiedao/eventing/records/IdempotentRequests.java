package cn.jiedao.eventing.records;

import cn.jiedao.kernel.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} for creation endpoints that other systems call and retry. The key is claimed in the
 * transaction that creates the record, together with a hash of the request; once created, the answer's
 * status and a reference to the record (its id) are stored with it. A replay with the same body answers the
 * same status and the referenced record; the same key with another body is a 422 problem. Two concurrent
 * requests with one key serialise on the key's primary key: the second waits for the first to commit and is
 * then answered as a replay (or creates, should the first have rolled back), so neither hits the unique key
 * nor creates a second record.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern SANE = Pattern.compile("[\\x21-\\x7E]{1,200}");

    /** What a creation answered: its HTTP status and the id of what it created. */
    public record Result(int status, String reference) {
    }

    /** The answer to give: {@code replayed} when an earlier request with the same key and body made it. */
    public record Outcome(int status, String reference, boolean replayed) {
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /** The key as sent, checked: 1 to 200 visible ASCII characters; a 400 problem naming the header otherwise. */
    public static String check(String key, boolean required) {
        if (key == null || key.isBlank()) {
            if (required) {
                throw ProblemException.badRequest(HEADER, "required: 1 to 200 visible ASCII characters, unique per request (a UUID, say)");
            }
            return null;
        }
        String stripped = key.strip();
        if (!SANE.matcher(stripped).matches()) {
            throw ProblemException.badRequest(HEADER, "must be 1 to 200 visible ASCII characters (a UUID, say)");
        }
        return stripped;
    }

    /**
     * Runs {@code create} once per {@code scope} and key, in the caller's transaction (or a new one).
     *
     * @param scope   what the key is for, e.g. {@code police-referral}: keys of different scopes never collide
     * @param hash    the request's fingerprint ({@link #hash(Object)}, {@link #hash(byte[])})
     * @param create  creates the record and says what to answer; not called for a replay
     */
    @Transactional
    public Outcome once(String scope, String key, String hash, Supplier<Result> create) {
        int claimed = em.createNativeQuery("""
                insert into idempotency_key (scope, idempotency_key, request_hash) values (?1, ?2, ?3)
                on conflict do nothing""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, hash)
                .executeUpdate();
        if (claimed == 1) {
            Result result = create.get();
            em.createNativeQuery("update idempotency_key set status = ?1, result_ref = ?2 where scope = ?3 "
                            + "and idempotency_key = ?4")
                    .setParameter(1, result.status()).setParameter(2, result.reference())
                    .setParameter(3, scope).setParameter(4, key)
                    .executeUpdate();
            return new Outcome(result.status(), result.reference(), false);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select request_hash, status, result_ref from idempotency_key "
                        + "where scope = ?1 and idempotency_key = ?2")
                .setParameter(1, scope).setParameter(2, key).getResultList();
        Object[] seen = rows.get(0);
        if (!hash.equals(seen[0])) {
            throw ProblemException.unprocessable("idempotency-key-reused", "Idempotency-Key reused with another request",
                    HEADER + " " + key + " was first used with a different request; send a new key for a new request")
                    .with("field", HEADER);
        }
        return new Outcome(((Number) seen[1]).intValue(), (String) seen[2], true);
    }

    /** SHA-256 of a request body as JSON, so that the same request hashes the same however it was sent. */
    public String hash(Object request) {
        try {
            return hash(mapper.writeValueAsBytes(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }

    public static String hash(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** SHA-256 of several parts (a file's digest and the query that came with it, say). */
    public static String hash(String... parts) {
        MessageDigest digest = digest();
        for (String part : parts) {
            digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
