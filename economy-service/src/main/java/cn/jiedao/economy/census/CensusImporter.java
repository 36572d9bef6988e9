package cn.jiedao.economy.census;

import cn.jiedao.economy.unit.UnitEvents;
import cn.jiedao.eventing.outbox.Outbox;
import cn.jiedao.kernel.time.StreetTime;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Runs census imports one at a time on its own thread. The file is streamed record by record (commons-csv),
 * parsed and validated on that thread, while a second thread writes the previous batch: parsing stays off
 * the database's critical path. Each batch of up to {@value #BATCH} valid rows is staged with PostgreSQL's
 * {@code COPY} (pgjdbc's CopyManager) into a temporary table and upserted with one
 * {@code INSERT … SELECT … ON CONFLICT DO UPDATE … WHERE … IS DISTINCT FROM …}, so an unchanged row is not
 * written at all and re-importing the same file changes nothing. Each batch commits in its own transaction
 * together with its counters, its rejected rows and the unit-registered events of the accommodation and
 * catering units it newly inserted (through the outbox).
 */
@ApplicationScoped
public class CensusImporter {

    private static final Logger LOG = Logger.getLogger(CensusImporter.class);

    /** Rows per staged batch (one COPY, one upsert, one commit). */
    static final int BATCH = 5000;
    /** Batches parsed ahead of the one being written. */
    static final int AHEAD = 2;
    static final int MAX_STORED_REJECTIONS = 1000;

    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();

    private static final String COLUMNS = "record_type, unit_key, register_code, credit_code, name, industry_code, "
            + "division_code, grid_code, address, licensed, digital_economy, large_individual, revenue, employees, "
            + "import_id, updated_at";
    private static final String[] COMPARED = {"register_code", "credit_code", "name", "industry_code", "division_code",
            "grid_code", "address", "licensed", "digital_economy", "large_individual", "revenue", "employees"};

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Outbox outbox;

    @Inject
    StreetTime time;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "census-import");
        t.setDaemon(true);
        return t;
    });

    /** Writes the batches the import thread has parsed, in order. */
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "census-import-writer");
        t.setDaemon(true);
        return t;
    });

    @PreDestroy
    void stop() {
        executor.shutdownNow();
        writer.shutdownNow();
    }

    public void submit(UUID importId, Path file, Charset charset) {
        executor.submit(() -> run(importId, file, charset));
    }

    /** Counters of one import: read, accepted and rejected by the parser; the rest by the writer. */
    static final class Counters {
        int read;
        int accepted;
        int rejected;
        int inserted;
        int updated;
        int unchanged;
        int events;
        int storedRejections;
    }

    /** A parsed batch with the parser's counters as they were when it was closed. */
    record Batch(List<CensusRow> rows, List<Rejection> rejections, int read, int accepted, int rejected) {
    }

    record Rejection(long line, String reason, String raw) {
    }

    void run(UUID importId, Path file, Charset charset) {
        Counters counters = new Counters();
        Deque<Future<?>> writing = new ArrayDeque<>();
        try (Reader reader = Files.newBufferedReader(file, charset); CSVParser parser = FORMAT.parse(reader)) {
            List<String> headers = parser.getHeaderNames();
            Map<CensusColumn, Integer> columns = columns(headers);
            Map<String, CensusRow> batch = new LinkedHashMap<>();
            List<Rejection> rejections = new ArrayList<>();
            for (CSVRecord record : parser) {
                counters.read++;
                long line = record.getRecordNumber() + 1;
                if (record.size() != headers.size()) {
                    counters.rejected++;
                    rejections.add(new Rejection(line, "the record has " + record.size() + " fields, the header "
                            + headers.size(), raw(record)));
                } else {
                    Map<CensusColumn, String> values = new EnumMap<>(CensusColumn.class);
                    columns.forEach((column, index) -> values.put(column, record.get(index)));
                    CensusRowParser.Outcome outcome = CensusRowParser.parse(values);
                    if (outcome.accepted()) {
                        CensusRow row = outcome.row();
                        String key = row.recordType() + "|" + row.unitKey();
                        if (batch.containsKey(key)) {
                            // a later row with the same key wins: the earlier one is written first
                            handOver(importId, batch, rejections, counters, writing);
                        }
                        batch.put(key, row);
                        counters.accepted++;
                    } else {
                        counters.rejected++;
                        rejections.add(new Rejection(line, String.join("; ", outcome.reasons()), raw(record)));
                    }
                }
                if (batch.size() >= BATCH || rejections.size() >= BATCH) {
                    handOver(importId, batch, rejections, counters, writing);
                }
            }
            handOver(importId, batch, rejections, counters, writing);
            while (!writing.isEmpty()) {
                await(writing.removeFirst());
            }
            finish(importId, ImportStatus.COMPLETED, null);
        } catch (Exception e) {
            // Nothing more is written once the import has failed: wait for what is being written.
            writing.forEach(f -> f.cancel(false));
            writing.forEach(CensusImporter::awaitQuietly);
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            if (e instanceof IllegalArgumentException) {
                LOG.infof("Census import %s refused: %s", importId, e.getMessage()); // the file's fault
            } else {
                LOG.warnf(e, "Census import %s failed", importId);
            }
            // The job's error is read by clients: the reason, never an exception's class name (the log has it).
            String message = cause.getMessage() != null && !cause.getMessage().isBlank() ? cause.getMessage()
                    : "the import stopped unexpectedly after " + counters.read + " records";
            if (e instanceof java.nio.charset.CharacterCodingException || e.getCause()
                    instanceof java.nio.charset.CharacterCodingException) {
                message = "the file is not valid " + charset.name() + " (after " + counters.read + " records); "
                        + "send the charset parameter or the file in UTF-8 or GB18030";
            }
            finish(importId, ImportStatus.FAILED, message);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warnf("Could not delete %s", file);
            }
        }
    }

    /** Hands the batch parsed so far to the writer, waiting while {@value #AHEAD} are already waiting. */
    private void handOver(UUID importId, Map<String, CensusRow> batch, List<Rejection> rejections, Counters counters,
            Deque<Future<?>> writing) {
        Batch parsed = new Batch(List.copyOf(batch.values()), List.copyOf(rejections), counters.read,
                counters.accepted, counters.rejected);
        batch.clear();
        rejections.clear();
        while (writing.size() > AHEAD || (!writing.isEmpty() && writing.peekFirst().isDone())) {
            await(writing.removeFirst());
        }
        writing.addLast(writer.submit(() -> write(importId, parsed, counters)));
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static void awaitQuietly(Future<?> future) {
        try {
            future.get();
        } catch (Exception e) {
            // already failing
        }
    }

    static Map<CensusColumn, Integer> columns(List<String> headers) {
        Map<CensusColumn, Integer> columns = new EnumMap<>(CensusColumn.class);
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            CensusColumn.forHeader(headers.get(i)).ifPresent(c -> columns.putIfAbsent(c, index));
        }
        List<String> missing = CensusColumn.ALL.stream().filter(c -> c.required && !columns.containsKey(c))
                .map(c -> c.english + " (" + c.chinese + ")").toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the header lacks the columns " + String.join(", ", missing)
                    + "; it has " + describe(headers));
        }
        return columns;
    }

    /** The header's names, shortened: a wrong file's "header" can be a whole line of data, megabytes long. */
    static String describe(List<String> headers) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.get(i);
            String shown = (i == 0 ? "" : ", ") + (name.length() > 40 ? name.substring(0, 40) + "…" : name);
            if (text.length() + shown.length() > 300) {
                return text.append(", … (").append(headers.size()).append(" names)]").toString();
            }
            text.append(shown);
        }
        return text.append(']').toString();
    }

    private static String raw(CSVRecord record) {
        String raw = String.join(",", record.values());
        return raw.length() > 1000 ? raw.substring(0, 1000) : raw;
    }

    /** Writes one parsed batch in a transaction of its own, with the job's counters; on the writer thread. */
    private void write(UUID importId, Batch batch, Counters counters) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection()) {
                if (!batch.rows().isEmpty()) {
                    upsert(connection, importId, batch.rows(), counters);
                }
                storeRejections(connection, importId, batch.rejections(), counters);
                try (PreparedStatement update = connection.prepareStatement("""
                        update census_import set rows_read = ?, rows_accepted = ?, rows_rejected = ?,
                            rows_inserted = ?, rows_updated = ?, rows_unchanged = ?, events_published = ?
                        where id = ?""")) {
                    update.setInt(1, batch.read());
                    update.setInt(2, batch.accepted());
                    update.setInt(3, batch.rejected());
                    update.setInt(4, counters.inserted);
                    update.setInt(5, counters.updated);
                    update.setInt(6, counters.unchanged);
                    update.setInt(7, counters.events);
                    update.setObject(8, importId);
                    update.executeUpdate();
                }
            } catch (SQLException | IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The staging table of a connection: rows of one batch, gone at commit. */
    private static final String STAGE = """
            create temporary table if not exists census_stage (record_type smallint, unit_key varchar(40),
                register_code varchar(30), credit_code char(18), name varchar(200), industry_code varchar(4),
                division_code varchar(12), grid_code char(15), address varchar(300), licensed boolean,
                digital_economy boolean, large_individual boolean, revenue numeric(20,4), employees integer)
            on commit delete rows""";

    private static final String STAGED = "record_type, unit_key, register_code, credit_code, name, industry_code, "
            + "division_code, grid_code, address, licensed, digital_economy, large_individual, revenue, employees";

    private void upsert(Connection connection, UUID importId, List<CensusRow> rows, Counters counters)
            throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(STAGE);
        }
        byte[] csv = stagedCsv(rows);
        connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy census_stage (" + STAGED
                + ") from stdin with (format csv)", new ByteArrayInputStream(csv));
        StringBuilder sql = new StringBuilder("insert into census_unit as c (").append(COLUMNS).append(") select ")
                .append(STAGED).append(", ?, ? from census_stage on conflict (record_type, unit_key) do update set ");
        StringBuilder old = new StringBuilder();
        StringBuilder fresh = new StringBuilder();
        for (int i = 0; i < COMPARED.length; i++) {
            sql.append(COMPARED[i]).append(" = excluded.").append(COMPARED[i]).append(", ");
            old.append(i == 0 ? "" : ", ").append("c.").append(COMPARED[i]);
            fresh.append(i == 0 ? "" : ", ").append("excluded.").append(COMPARED[i]);
        }
        sql.append("import_id = excluded.import_id, updated_at = excluded.updated_at where (").append(old)
                .append(") is distinct from (").append(fresh).append(")")
                .append(" returning id, (xmax = 0) as inserted, record_type, register_code, credit_code, name,"
                        + " industry_code, division_code, grid_code, address");
        Timestamp now = Timestamp.from(time.instant());
        int changed = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            statement.setObject(1, importId);
            statement.setTimestamp(2, now);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    changed++;
                    if (!rs.getBoolean("inserted")) {
                        counters.updated++;
                        continue;
                    }
                    counters.inserted++;
                    String industry = rs.getString("industry_code");
                    if (UnitEvents.isAccommodationOrCatering(industry)) {
                        String creditCode = rs.getString("credit_code");
                        String registerCode = rs.getString("register_code");
                        outbox.publish(UnitEvents.TOPIC, creditCode != null ? creditCode : registerCode,
                                UnitEvents.REGISTERED, new UnitEvents.Registered("CENSUS",
                                        Long.toString(rs.getLong("id")), creditCode, registerCode, rs.getString("name"),
                                        rs.getString("address"), rs.getString("grid_code"), industry,
                                        rs.getString("division_code"),
                                        CensusRecordType.values()[rs.getShort("record_type") - 1].name()));
                        counters.events++;
                    }
                }
            }
        }
        counters.unchanged += rows.size() - changed;
    }

    /** The rows in COPY's CSV format: strings quoted (an empty string stays one), NULL as nothing. */
    static byte[] stagedCsv(List<CensusRow> rows) {
        StringBuilder csv = new StringBuilder(rows.size() * 128);
        for (CensusRow r : rows) {
            csv.append(r.recordType()).append(',');
            quoted(csv, r.unitKey()).append(',');
            quoted(csv, r.registerCode()).append(',');
            quoted(csv, r.creditCode()).append(',');
            quoted(csv, r.name()).append(',');
            quoted(csv, r.industryCode()).append(',');
            quoted(csv, r.divisionCode()).append(',');
            quoted(csv, r.gridCode()).append(',');
            quoted(csv, r.address()).append(',');
            csv.append(r.licensed() ? 't' : 'f').append(',');
            csv.append(r.digitalEconomy() ? 't' : 'f').append(',');
            csv.append(r.largeIndividual() ? 't' : 'f').append(',');
            if (r.revenue() != null) {
                csv.append(r.revenue().toPlainString());
            }
            csv.append(',');
            if (r.employees() != null) {
                csv.append(r.employees().intValue());
            }
            csv.append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static StringBuilder quoted(StringBuilder csv, String value) {
        if (value == null) {
            return csv;
        }
        csv.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                csv.append('"');
            }
            csv.append(c);
        }
        return csv.append('"');
    }

    private static void storeRejections(Connection connection, UUID importId, List<Rejection> rejected,
            Counters counters) throws SQLException {
        int room = Math.min(rejected.size(), MAX_STORED_REJECTIONS - counters.storedRejections);
        if (room <= 0) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into census_import_rejection (import_id, line_no, reason, raw) values (?, ?, ?, ?)")) {
            for (Rejection r : rejected.subList(0, room)) {
                insert.setObject(1, importId);
                insert.setLong(2, r.line());
                insert.setString(3, r.reason().length() > 1000 ? r.reason().substring(0, 1000) : r.reason());
                insert.setString(4, r.raw());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        counters.storedRejections += room;
    }

    private void finish(UUID importId, ImportStatus status, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            CensusImport job = CensusImport.findById(importId);
            job.status = status;
            job.error = error == null ? null : error.length() > 2000 ? error.substring(0, 2000) : error;
            job.finishedAt = time.now();
        });
    }

}
