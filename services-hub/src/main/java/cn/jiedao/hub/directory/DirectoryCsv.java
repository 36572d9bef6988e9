package cn.jiedao.hub.directory;

import cn.jiedao.hub.directory.DirectoryViews.ImportResult;
import cn.jiedao.kernel.problem.Problem.FieldError;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.time.StreetTime;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The directory as CSV (commons-csv): one row per community, grid or building, {@code level} saying which;
 * {@code parentCode} is a grid's community or a building's grid. An export imports again unchanged; a
 * row's problems name it as {@code rows[<line>].<column>}, and a file with any problem stores nothing.
 */
@ApplicationScoped
public class DirectoryCsv {

    static final String[] COLUMNS = {"level", "code", "name", "parentCode", "address", "latitude", "longitude",
            "households"};

    static final Set<DirectoryLevel> LEVELS = Set.of(DirectoryLevel.COMMUNITY, DirectoryLevel.GRID,
            DirectoryLevel.BUILDING);

    /** One data row of the file. */
    record Row(long number, DirectoryLevel level, String code, String name, String parentCode, String address,
            BigDecimal latitude, BigDecimal longitude, Integer households) {
    }

    @Inject
    StreetTime time;

    public List<Row> read(Reader reader, List<FieldError> problems) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        List<Row> rows = new ArrayList<>();
        try (var parser = format.parse(reader)) {
            List<String> missing = List.of("level", "name", "code", "parentCode").stream()
                    .filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw ProblemException.badRequest("file", "the header row lacks the columns " + missing
                        + "; the columns are " + String.join(",", COLUMNS));
            }
            for (CSVRecord record : parser) {
                rows.add(row(record, problems));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw ProblemException.badRequest("file", "not readable as CSV: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw ProblemException.badRequest("file", "has no data rows");
        }
        return rows;
    }

    private static Row row(CSVRecord record, List<FieldError> problems) {
        long n = record.getRecordNumber();
        String p = "rows[" + n + "].";
        DirectoryLevel level = null;
        String levelText = cell(record, "level");
        try {
            level = levelText == null ? null : DirectoryLevel.valueOf(levelText.toUpperCase());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (level == null || !LEVELS.contains(level)) {
            problems.add(new FieldError(p + "level", "must be one of " + LEVELS));
        }
        BigDecimal latitude = decimal(record, "latitude", p, problems);
        BigDecimal longitude = decimal(record, "longitude", p, problems);
        Integer households = null;
        String householdsText = cell(record, "households");
        try {
            households = householdsText == null ? null : Integer.valueOf(householdsText);
        } catch (NumberFormatException e) {
            problems.add(new FieldError(p + "households", "must be a whole number"));
        }
        Row row = new Row(n, level, cell(record, "code"), cell(record, "name"), cell(record, "parentCode"),
                cell(record, "address"), latitude, longitude, households);
        if (row.name() == null) {
            problems.add(new FieldError(p + "name", "must not be blank"));
        }
        if (level == DirectoryLevel.COMMUNITY && (row.code() == null || !row.code().matches("\\d{12}"))) {
            problems.add(new FieldError(p + "code", DirectoryViews.COMMUNITY_MESSAGE));
        }
        if (level == DirectoryLevel.GRID) {
            if (row.code() == null || !row.code().matches("\\d{15}")) {
                problems.add(new FieldError(p + "code", DirectoryViews.GRID_MESSAGE));
            }
            if (row.parentCode() == null || !row.parentCode().matches("\\d{12}")) {
                problems.add(new FieldError(p + "parentCode", DirectoryViews.COMMUNITY_MESSAGE));
            } else if (row.code() != null && !row.code().startsWith(row.parentCode())) {
                problems.add(new FieldError(p + "code", "a grid code begins with its community's code"));
            }
        }
        if (level == DirectoryLevel.BUILDING && (row.parentCode() == null || !row.parentCode().matches("\\d{15}"))) {
            problems.add(new FieldError(p + "parentCode", "must be the 15-digit code of the building's grid"));
        }
        return row;
    }

    private static String cell(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value.isEmpty() ? null : value;
    }

    private static BigDecimal decimal(CSVRecord record, String column, String prefix, List<FieldError> problems) {
        String value = cell(record, column);
        try {
            return value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            problems.add(new FieldError(prefix + column, "must be a decimal number"));
            return null;
        }
    }

    /** Stores every row, or none: a community or grid of a known code, a building of a known grid and name, is replaced. */
    @Transactional
    public ImportResult load(List<Row> rows, List<FieldError> problems) {
        Set<String> communities = new HashSet<>();
        Set<String> grids = new HashSet<>();
        rows.stream().filter(r -> r.level() == DirectoryLevel.COMMUNITY).forEach(r -> communities.add(r.code()));
        rows.stream().filter(r -> r.level() == DirectoryLevel.GRID).forEach(r -> grids.add(r.code()));
        for (Row r : rows) {
            String p = "rows[" + r.number() + "].";
            if (r.level() == DirectoryLevel.GRID && r.parentCode() != null && !communities.contains(r.parentCode())
                    && Community.findById(r.parentCode()) == null) {
                problems.add(new FieldError(p + "parentCode", "no community has the code " + r.parentCode()));
            }
            if (r.level() == DirectoryLevel.BUILDING && r.parentCode() != null && !grids.contains(r.parentCode())
                    && Grid.findById(r.parentCode()) == null) {
                problems.add(new FieldError(p + "parentCode", "no grid has the code " + r.parentCode()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(400, "validation", "Request is not valid",
                    problems.size() == 1 ? problems.get(0).field() + ": " + problems.get(0).reason()
                            : problems.size() + " fields are not valid", problems);
        }
        int created = 0;
        int updated = 0;
        for (DirectoryLevel level : List.of(DirectoryLevel.COMMUNITY, DirectoryLevel.GRID, DirectoryLevel.BUILDING)) {
            for (Row r : rows.stream().filter(row -> row.level() == level).toList()) {
                boolean isNew = switch (level) {
                    case COMMUNITY -> community(r);
                    case GRID -> grid(r);
                    default -> building(r);
                };
                if (isNew) {
                    created++;
                } else {
                    updated++;
                }
            }
            Community.getEntityManager().flush();
        }
        return new ImportResult(created, updated);
    }

    private boolean community(Row r) {
        Community c = Community.findById(r.code());
        boolean isNew = c == null;
        if (isNew) {
            c = new Community();
            c.code = r.code();
            c.createdAt = time.now();
        }
        c.name = r.name();
        if (isNew) {
            c.persist();
        }
        return isNew;
    }

    private boolean grid(Row r) {
        Grid g = Grid.findById(r.code());
        boolean isNew = g == null;
        if (isNew) {
            g = new Grid();
            g.code = r.code();
            g.createdAt = time.now();
        }
        g.name = r.name();
        g.communityCode = r.parentCode();
        if (isNew) {
            g.persist();
        }
        return isNew;
    }

    private boolean building(Row r) {
        Building b = Building.<Building>find("gridCode = ?1 and name = ?2", r.parentCode(), r.name()).firstResult();
        boolean isNew = b == null;
        if (isNew) {
            b = new Building();
            b.id = UUID.randomUUID();
            b.createdAt = time.now();
            b.gridCode = r.parentCode();
            b.name = r.name();
        }
        b.address = r.address();
        b.latitude = r.latitude();
        b.longitude = r.longitude();
        b.households = r.households();
        if (isNew) {
            b.persist();
        }
        return isNew;
    }

    /** The directory (or one community's part of it) to {@code out}, communities, then grids, then buildings. */
    public void write(String communityCode, Writer out) {
        try {
            CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get().print(out);
            List<Community> communities = communityCode == null ? Community.listAll(Sort.by("code"))
                    : Community.list("code", Sort.by("code"), communityCode);
            Set<String> codes = new HashSet<>();
            for (Community c : communities) {
                codes.add(c.code);
                printer.printRecord(DirectoryLevel.COMMUNITY, c.code, c.name, null, null, null, null, null);
            }
            List<Grid> grids = Grid.<Grid>listAll(Sort.by("code")).stream()
                    .filter(g -> codes.contains(g.communityCode)).toList();
            Set<String> gridCodes = new HashSet<>();
            for (Grid g : grids) {
                gridCodes.add(g.code);
                printer.printRecord(DirectoryLevel.GRID, g.code, g.name, g.communityCode, null, null, null, null);
            }
            for (Building b : Building.<Building>listAll(Sort.by("gridCode").and("name"))) {
                if (gridCodes.contains(b.gridCode)) {
                    printer.printRecord(DirectoryLevel.BUILDING, null, b.name, b.gridCode, b.address,
                            b.latitude == null ? null : b.latitude.toPlainString(),
                            b.longitude == null ? null : b.longitude.toPlainString(), b.households);
                }
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String columns() {
        return String.join(",", Arrays.asList(COLUMNS));
    }
}
