package cn.jiedao.economy.census;

import cn.jiedao.economy.unit.UnitEvents;
import cn.jiedao.eventing.outbox.Outbox;
import cn.jiedao.kernel.time.StreetTime;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jboss.logging.Logger;

/**
 * Runs census imports one at a time on its own thread. The file is streamed record by record (commons-csv);
 * valid rows are upserted in batches of {@value #BATCH} with one multi-row
 * {@code INSERT … ON CONFLICT DO UPDATE … WHERE … IS DISTINCT FROM …} per batch, so an unchanged row is not
 * written at all and re-importing the same file changes nothing. Each batch commits in its own transaction
 * together with its counters, its rejected rows and the unit-registered events of the accommodation and
 * catering units it newly inserted (through the outbox).
 */
@ApplicationScoped
public class CensusImporter {

    private static final Logger LOG = Logger.getLogger(CensusImporter.class);

    /** Rows per upsert statement: 14 parameters a row stays far below PostgreSQL's 65535. */
    static final int BATCH = 1000;
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

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    public void submit(UUID importId, Path file, Charset charset) {
        executor.submit(() -> run(importId, file, charset));
    }

    /** Counters of one import. */
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

    record Rejection(long line, String reason, String raw) {
    }

    void run(UUID importId, Path file, Charset charset) {
        Counters counters = new Counters();
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
                            flush(importId, batch, rejections, counters); // a later row with the same key wins
                        }
                        batch.put(key, row);
                        counters.accepted++;
                    } else {
                        counters.rejected++;
                        rejections.add(new Rejection(line, String.join("; ", outcome.reasons()), raw(record)));
                    }
                }
                if (batch.size() >= BATCH || rejections.size() >= BATCH) {
                    flush(importId, batch, rejections, counters);
                }
            }
            flush(importId, batch, rejections, counters);
            finish(importId, ImportStatus.COMPLETED, null);
        } catch (Exception e) {
            LOG.warnf(e, "Census import %s failed", importId);
            // The job's error is read by clients: the reason, never an exception's class name (the log has it).
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
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
                    + "; it has " + headers);
        }
        return columns;
    }

    private static String raw(CSVRecord record) {
        String raw = String.join(",", record.values());
        return raw.length() > 1000 ? raw.substring(0, 1000) : raw;
    }

    private void flush(UUID importId, Map<String, CensusRow> batch, List<Rejection> rejections, Counters counters) {
        List<CensusRow> rows = List.copyOf(batch.values());
        List<Rejection> rejected = List.copyOf(rejections);
        batch.clear();
        rejections.clear();
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection()) {
                if (!rows.isEmpty()) {
                    upsert(connection, importId, rows, counters);
                }
                storeRejections(connection, importId, rejected, counters);
                try (PreparedStatement update = connection.prepareStatement("""
                        update census_import set rows_read = ?, rows_accepted = ?, rows_rejected = ?,
                            rows_inserted = ?, rows_updated = ?, rows_unchanged = ?, events_published = ?
                        where id = ?""")) {
                    update.setInt(1, counters.read);
                    update.setInt(2, counters.accepted);
                    update.setInt(3, counters.rejected);
                    update.setInt(4, counters.inserted);
                    update.setInt(5, counters.updated);
                    update.setInt(6, counters.unchanged);
                    update.setInt(7, counters.events);
                    update.setObject(8, importId);
                    update.executeUpdate();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void upsert(Connection connection, UUID importId, List<CensusRow> rows, Counters counters)
            throws SQLException {
        StringBuilder sql = new StringBuilder("insert into census_unit as c (").append(COLUMNS).append(") values ");
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        }
        sql.append(" on conflict (record_type, unit_key) do update set ");
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
            int p = 1;
            for (CensusRow r : rows) {
                statement.setShort(p++, (short) r.recordType());
                statement.setString(p++, r.unitKey());
                statement.setString(p++, r.registerCode());
                statement.setString(p++, r.creditCode());
                statement.setString(p++, r.name());
                statement.setString(p++, r.industryCode());
                statement.setString(p++, r.divisionCode());
                statement.setString(p++, r.gridCode());
                statement.setString(p++, r.address());
                statement.setBoolean(p++, r.licensed());
                statement.setBoolean(p++, r.digitalEconomy());
                statement.setBoolean(p++, r.largeIndividual());
                statement.setBigDecimal(p++, r.revenue());
                if (r.employees() == null) {
                    statement.setNull(p++, Types.INTEGER);
                } else {
                    statement.setInt(p++, r.employees());
                }
                statement.setObject(p++, importId);
                statement.setTimestamp(p++, now);
            }
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
