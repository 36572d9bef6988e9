package cn.jiedao.economy.census;

import cn.jiedao.economy.census.CensusViews.ImportView;
import cn.jiedao.economy.census.CensusViews.RejectedRow;
import cn.jiedao.economy.census.CensusViews.SummaryView;
import cn.jiedao.eventing.records.IdempotentRequests;
import cn.jiedao.eventing.records.Pages;
import cn.jiedao.eventing.records.Records;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

@ApplicationScoped
public class CensusService {

    /** The scope of census uploads' Idempotency-Keys. */
    static final String IMPORTS = "census-import";

    /** Rejected rows an import's view carries; the rest page through its rejections. */
    static final int REJECTIONS_IN_VIEW = 100;

    @Inject
    EntityManager em;

    @Inject
    CensusImporter importer;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    StreetTime time;

    @Inject
    CensusImportLease lease;

    /** The import an upload started, or the one an earlier upload with the same Idempotency-Key and file started. */
    public record Started(UUID id, boolean replayed) {
    }

    /**
     * Spools the upload to a temporary file (so the request ends quickly and nothing holds the rows in memory),
     * records the job and hands it to the importer once the job is committed. With an Idempotency-Key the job
     * is recorded once per key: the same key with the same file, charset and file name answers the first job
     * (concurrent uploads included), with another file it is a 422 problem.
     */
    public Started start(InputStream body, String charsetName, String fileName, String idempotencyKey, String user) {
        String key = IdempotentRequests.check(idempotencyKey, false);
        Charset requested = null;
        if (charsetName != null && !charsetName.isBlank()) {
            requested = CharsetDetection.named(charsetName).orElseThrow(() -> ProblemException.badRequest("charset",
                    "must be UTF-8 or GB18030, not " + charsetName));
        }
        Path file;
        Charset charset;
        String digest;
        try {
            file = Files.createTempFile("census-import-", ".csv");
            MessageDigest sha = IdempotentRequests.digest();
            try (InputStream in = new DigestInputStream(body, sha)) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            digest = HexFormat.of().formatHex(sha.digest());
            charset = requested != null ? requested : CharsetDetection.detect(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Started started;
        try {
            if (key == null) {
                started = new Started(QuarkusTransaction.requiringNew().call(() -> record(fileName, charset, user)),
                        false);
            } else {
                IdempotentRequests.Outcome outcome = idempotent.once(IMPORTS, key,
                        IdempotentRequests.hash(digest, charsetName, fileName),
                        () -> new IdempotentRequests.Result(202, record(fileName, charset, user).toString()));
                started = new Started(UUID.fromString(outcome.reference()), outcome.replayed());
            }
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
        if (started.replayed()) {
            delete(file);
        } else {
            importer.submit(started.id(), file, charset);
        }
        return started;
    }

    private UUID record(String fileName, Charset charset, String user) {
        CensusImport job = new CensusImport();
        job.id = UUID.randomUUID();
        job.status = ImportStatus.RUNNING;
        job.fileName = fileName;
        job.charset = charset.name();
        job.startedAt = time.now();
        job.startedBy = user;
        job.ownerId = lease.owner();
        job.heartbeatAt = job.startedAt;
        job.persist();
        return job.id;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file; the system's cleanup removes what is left
        }
    }

    public ImportView view(UUID id) {
        CensusImport job = get(id);
        var rejected = Pages.of(rejectionsOf(id), 0, REJECTIONS_IN_VIEW, RejectedRow::of).items();
        return new ImportView(job.id, job.status, job.fileName, job.charset, job.rowsRead, job.rowsAccepted,
                job.rowsRejected, job.rowsInserted, job.rowsUpdated, job.rowsUnchanged, job.eventsPublished,
                job.error, job.startedAt, job.finishedAt, rejected);
    }

    public CensusImport get(UUID id) {
        CensusImport job = Records.existing(CensusImport.class, id, "Census import");
        return job;
    }

    public PageResponse<RejectedRow> rejections(UUID id, PageParams paging) {
        get(id);
        return Pages.of(rejectionsOf(id), paging, RejectedRow::of);
    }

    private static PanacheQuery<CensusImportRejection> rejectionsOf(UUID id) {
        return CensusImportRejection.find("importId", Sort.by("lineNo"), id);
    }

    /** From the counts kept as units change ({@code census_unit_count}, migration V45), not from every unit. */
    public SummaryView summary() {
        Object[] r = (Object[]) em.createNativeQuery("""
                select coalesce(sum(units) filter (where record_type in (1, 2)), 0),
                       coalesce(sum(units) filter (where record_type = 3), 0),
                       coalesce(sum(units) filter (where record_type = 3 and not licensed), 0),
                       coalesce(sum(units) filter (where record_type in (1, 2) and digital_economy), 0),
                       coalesce(sum(units) filter (where record_type = 3 and large_individual), 0),
                       coalesce(sum(units) filter (where record_type = 3 and catering), 0)
                from census_unit_count""").getSingleResult();
        return new SummaryView(n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]));
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }
}
