package cn.jiedao.economy.census;

import cn.jiedao.economy.census.CensusViews.ImportView;
import cn.jiedao.economy.census.CensusViews.RejectedRow;
import cn.jiedao.economy.census.CensusViews.SummaryView;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.web.PageResponse;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CensusService {

    static final ZoneId STREET_ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    EntityManager em;

    @Inject
    CensusImporter importer;

    /**
     * Spools the upload to a temporary file (so the request ends quickly and nothing holds the rows in memory),
     * records the job and hands it to the importer. An Idempotency-Key already seen answers its job again.
     */
    public CensusImport start(InputStream body, String charsetName, String fileName, String idempotencyKey,
            String user) {
        if (idempotencyKey != null) {
            CensusImport seen = CensusImport.find("idempotencyKey", idempotencyKey).firstResult();
            if (seen != null) {
                return seen;
            }
        }
        Charset requested = null;
        if (charsetName != null && !charsetName.isBlank()) {
            requested = CharsetDetection.named(charsetName).orElseThrow(() -> ProblemException.badRequest("charset",
                    "must be UTF-8 or GB18030, not " + charsetName));
        }
        Path file;
        Charset charset;
        try {
            file = Files.createTempFile("census-import-", ".csv");
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            charset = requested != null ? requested : CharsetDetection.detect(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CensusImport job = new CensusImport();
        job.id = UUID.randomUUID();
        job.idempotencyKey = idempotencyKey;
        job.status = ImportStatus.RUNNING;
        job.fileName = fileName;
        job.charset = charset.name();
        job.startedAt = OffsetDateTime.now(STREET_ZONE);
        job.startedBy = user;
        QuarkusTransaction.requiringNew().run(job::persist);
        importer.submit(job.id, file, charset);
        return job;
    }

    public ImportView view(UUID id) {
        CensusImport job = get(id);
        List<RejectedRow> rejected = rejections(id, 0, 100).items();
        return new ImportView(job.id, job.status, job.fileName, job.charset, job.rowsRead, job.rowsAccepted,
                job.rowsRejected, job.rowsInserted, job.rowsUpdated, job.rowsUnchanged, job.eventsPublished,
                job.error, job.startedAt, job.finishedAt, rejected);
    }

    public CensusImport get(UUID id) {
        CensusImport job = CensusImport.findById(id);
        if (job == null) {
            throw ProblemException.notFound("Census import", id);
        }
        return job;
    }

    @SuppressWarnings("unchecked")
    public PageResponse<RejectedRow> rejections(UUID id, int page, int size) {
        List<Object[]> rows = em.createNativeQuery("select line_no, reason, raw from census_import_rejection "
                        + "where import_id = ?1 order by line_no offset ?2 limit ?3")
                .setParameter(1, id).setParameter(2, (long) page * size).setParameter(3, size).getResultList();
        long total = ((Number) em.createNativeQuery("select count(*) from census_import_rejection where import_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
        return new PageResponse<>(rows.stream().map(r -> new RejectedRow(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2])).toList(), page, size, total);
    }

    public SummaryView summary() {
        Object[] r = (Object[]) em.createNativeQuery("""
                select count(*) filter (where record_type in (1, 2)),
                       count(*) filter (where record_type = 3),
                       count(*) filter (where record_type = 3 and not licensed),
                       count(*) filter (where record_type in (1, 2) and digital_economy),
                       count(*) filter (where record_type = 3 and large_individual),
                       count(*) filter (where record_type = 3 and left(industry_code, 2) in ('61', '62'))
                from census_unit""").getSingleResult();
        return new SummaryView(n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]));
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }
}
