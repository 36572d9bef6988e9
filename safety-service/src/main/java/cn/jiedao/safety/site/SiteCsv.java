package cn.jiedao.safety.site;

import cn.jiedao.kernel.problem.Problem.FieldError;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.safety.site.SiteViews.RegisterSite;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The site register as CSV (commons-csv), one header row naming the columns as the JSON fields are named, so
 * that an export imports again unchanged. A row's problems name it as {@code rows[<line>].<column>}.
 */
@ApplicationScoped
public class SiteCsv {

    static final String[] COLUMNS = {"kind", "name", "address", "gridCode", "creditCode", "ownerName",
            "responsiblePerson", "responsiblePhone", "licenceNo", "licenceValidUntil", "terminals", "capacity",
            "fireApprovalNo", "gasRoster"};

    private static Boolean yesOrNo(String value) {
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException(value);
    }

    /** One data row: its line number, the site it describes and what is wrong with it. */
    public record Row(long number, RegisterSite site, List<FieldError> problems) {
    }

    @Inject
    Validator validator;

    public List<Row> read(Reader reader) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        List<Row> rows = new ArrayList<>();
        try (var parser = format.parse(reader)) {
            List<String> missing = Arrays.stream(COLUMNS).filter(c -> !parser.getHeaderMap().containsKey(c))
                    .filter(c -> c.equals("kind") || c.equals("name") || c.equals("address")).toList();
            if (!missing.isEmpty()) {
                throw ProblemException.badRequest("file", "the header row lacks the columns " + missing
                        + "; the columns are " + String.join(",", COLUMNS));
            }
            for (CSVRecord record : parser) {
                rows.add(row(record));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw ProblemException.badRequest("file", "not readable as CSV: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw ProblemException.badRequest("file", "has no data rows");
        }
        return rows;
    }

    /** Prints the sites to {@code out} and flushes it, leaving it open. */
    public void write(List<Site> sites, Writer out) {
        try {
            CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get().print(out);
            for (Site s : sites) {
                printer.printRecord(s.kind, s.name, s.address, s.gridCode, s.creditCode, s.ownerName,
                        s.responsiblePerson, s.responsiblePhone, s.licenceNo, s.licenceValidUntil, s.terminals,
                        s.capacity, s.fireApprovalNo, s.gasRoster);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Row row(CSVRecord record) {
        long number = record.getRecordNumber();
        String prefix = "rows[" + number + "].";
        List<FieldError> problems = new ArrayList<>();
        Cells cells = new Cells(record, prefix, problems);
        RegisterSite site = new RegisterSite(
                cells.get("kind", value -> SiteKind.valueOf(value.toUpperCase()),
                        "must be one of " + Arrays.toString(SiteKind.values())),
                cells.text("name"), cells.text("address"), cells.text("gridCode"), cells.text("creditCode"),
                cells.text("ownerName"), cells.text("responsiblePerson"), cells.text("responsiblePhone"),
                cells.text("licenceNo"),
                cells.get("licenceValidUntil", LocalDate::parse, "must be a date (YYYY-MM-DD)"),
                cells.get("terminals", Integer::valueOf, "must be a whole number"),
                cells.get("capacity", Integer::valueOf, "must be a whole number"),
                cells.text("fireApprovalNo"), cells.get("gasRoster", SiteCsv::yesOrNo, "must be true or false"));
        List<String> unreadable = problems.stream().map(FieldError::field).toList();
        validator.validate(site).stream().map(v -> new FieldError(prefix + v.getPropertyPath(), v.getMessage()))
                .filter(problem -> !unreadable.contains(problem.field())).forEach(problems::add);
        return new Row(number, site, problems);
    }

    /** The cells of one record: empty means absent, a value that does not parse is a problem of its column. */
    private record Cells(CSVRecord record, String prefix, List<FieldError> problems) {

        String text(String column) {
            if (!record.isMapped(column) || !record.isSet(column)) {
                return null;
            }
            String value = record.get(column);
            return value.isEmpty() ? null : value;
        }

        <T> T get(String column, Function<String, T> parse, String reason) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.add(new FieldError(prefix + column, reason));
                return null;
            }
        }
    }
}
