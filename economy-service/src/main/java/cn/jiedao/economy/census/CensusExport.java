package cn.jiedao.economy.census;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the census units in the import format (so an export imports again unchanged): CSV through
 * commons-csv, XLSX through POI's streaming SXSSF workbook, which keeps only a window of rows in memory.
 * Rows are read with a server-side cursor.
 */
@ApplicationScoped
public class CensusExport {

    private static final String QUERY = """
            select record_type, register_code, credit_code, name, industry_code, division_code, address, licensed,
                   digital_economy, large_individual, revenue, employees, grid_code
            from census_unit order by record_type, unit_key""";

    @Inject
    AgroalDataSource dataSource;

    /** A sink for one row of values in column order. */
    private interface RowSink {
        void accept(List<String> values) throws IOException;
    }

    public void csv(OutputStream out, Charset charset, boolean chineseHeaders) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, charset), 64 * 1024);
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(headers(chineseHeaders));
            rows(printer::printRecord);
        }
    }

    public void xlsx(OutputStream out, boolean chineseHeaders) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            SXSSFSheet sheet = workbook.createSheet("五经普单位");
            int[] next = {0};
            writeRow(sheet, next[0]++, headers(chineseHeaders), false);
            rows(values -> writeRow(sheet, next[0]++, values, true));
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void writeRow(SXSSFSheet sheet, int index, List<String> values, boolean typed) {
        var row = sheet.createRow(index);
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (v == null) {
                continue;
            }
            var cell = row.createCell(i);
            CensusColumn column = CensusColumn.ALL.get(i);
            if (typed && (column == CensusColumn.EMPLOYEES)) {
                cell.setCellValue(Integer.parseInt(v));
            } else {
                // codes keep their leading zeros and revenue its exact decimal digits as text
                cell.setCellValue(v);
            }
        }
    }

    private static List<String> headers(boolean chinese) {
        return CensusColumn.ALL.stream().map(c -> chinese ? c.chinese : c.english).toList();
    }

    private void rows(RowSink sink) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
            try (PreparedStatement statement = connection.prepareStatement(QUERY)) {
                statement.setFetchSize(2000);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        List<String> values = new ArrayList<>(CensusColumn.ALL.size());
                        values.add(Short.toString(rs.getShort(1)));
                        for (int i = 2; i <= 7; i++) {
                            values.add(rs.getString(i));
                        }
                        values.add(rs.getBoolean(8) ? "1" : "0");
                        values.add(rs.getBoolean(9) ? "1" : "0");
                        values.add(rs.getBoolean(10) ? "1" : "0");
                        BigDecimal revenue = rs.getBigDecimal(11);
                        values.add(revenue == null ? null : plain(revenue));
                        int employees = rs.getInt(12);
                        values.add(rs.wasNull() ? null : Integer.toString(employees));
                        values.add(rs.getString(13));
                        sink.accept(values);
                    }
                }
            } finally {
                connection.commit();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IOException("Reading the census units failed", e);
        }
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

}
