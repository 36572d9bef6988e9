package cn.jiedao.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The services of {@code deploy/services.txt}: module, gateway area, port and database of each, in start
 * order. {@code ./jiedao} reads the same file with plain bash; {@code LocalStack}, the end-to-end tests and the
 * benchmarks read it here. One line a service, columns separated by blanks, {@code -} for no area or no
 * database, {@code #} starts a comment.
 */
public final class ServiceList {

    /** Where the list is, relative to the repository root. */
    public static final String FILE = "deploy/services.txt";

    private static final Pattern MODULE = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern AREA = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern DATABASE = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Pattern HEAP = Pattern.compile("[1-9][0-9]{0,5}[mg]");
    private static final Pattern JIT = Pattern.compile("c1|tiered");
    private static final String NONE = "-";

    /** The heap of a service whose line names none. */
    public static final String DEFAULT_HEAP = "128m";
    /** The JIT column: C1 only ({@code -XX:TieredStopAtLevel=1}: quick to start, small), or C1 then C2. */
    public static final String JIT_C1 = "c1";
    public static final String JIT_TIERED = "tiered";

    /**
     * A listed service, the port it listens on when the stack runs on fixed ports, its JVM heap ({@code -Xmx},
     * e.g. {@code 128m}) and its JIT ({@value #JIT_C1} or {@value #JIT_TIERED}).
     */
    public record Entry(ServiceProcesses.Service service, int port, String heap, String jit) {

        public Entry(ServiceProcesses.Service service, int port) {
            this(service, port, DEFAULT_HEAP, JIT_C1);
        }

        public String module() {
            return service.module();
        }

        /** The gateway area, or null for a service that is not behind the gateway (the gateway itself). */
        public String area() {
            return service.area();
        }

        /** The database the service owns, or null. */
        public String database() {
            return service.database();
        }
    }

    private final List<Entry> entries;

    private ServiceList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The list of the repository at {@code repo}. */
    public static ServiceList read(Path repo) {
        Path file = repo.resolve(FILE);
        try {
            return parse(Files.readAllLines(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the service list " + file, e);
        }
    }

    /**
     * The list of the repository this process works in: {@code -Djiedao.repo} if given, else the first
     * directory from the working directory upwards that has a {@value #FILE}.
     */
    public static ServiceList find() {
        return read(repository());
    }

    /**
     * The repository this process works in: {@code -Djiedao.repo} if given, else the first directory from the
     * working directory upwards that has a {@value #FILE}.
     */
    public static Path repository() {
        String given = System.getProperty("jiedao.repo");
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(FILE))) {
                return dir;
            }
        }
        throw new IllegalStateException("no " + FILE + " in " + Path.of("").toAbsolutePath() + " or above");
    }

    static ServiceList parse(List<String> lines, String origin) {
        List<Entry> entries = new ArrayList<>();
        Set<String> modules = new HashSet<>();
        Set<String> areas = new HashSet<>();
        Set<Integer> ports = new HashSet<>();
        Set<String> databases = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int comment = line.indexOf('#');
            String content = (comment < 0 ? line : line.substring(0, comment)).strip();
            if (content.isEmpty()) {
                continue;
            }
            String where = origin + ":" + (i + 1) + ": ";
            String[] columns = content.split("\\s+");
            if (columns.length < 4 || columns.length > 6) {
                throw new IllegalArgumentException(where
                        + "expected 6 columns (module area port database heap jit), found " + columns.length + ": "
                        + content);
            }
            String module = check(columns[0], MODULE, where, "module");
            String area = NONE.equals(columns[1]) ? null : check(columns[1], AREA, where, "area");
            int port = port(columns[2], where);
            String database = NONE.equals(columns[3]) ? null : check(columns[3], DATABASE, where, "database");
            unique(modules, module, where, "module");
            unique(ports, port, where, "port");
            if (area != null) {
                unique(areas, area, where, "area");
            }
            if (database != null) {
                unique(databases, database, where, "database");
            }
            String heap = columns.length >= 5 ? check(columns[4], HEAP, where, "heap") : DEFAULT_HEAP;
            String jit = columns.length == 6 ? check(columns[5], JIT, where, "jit (c1 or tiered)") : JIT_C1;
            entries.add(new Entry(new ServiceProcesses.Service(module, area, database), port, heap, jit));
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException(origin + ": no services listed");
        }
        return new ServiceList(entries);
    }

    /** Every service, in start order. */
    public List<Entry> entries() {
        return entries;
    }

    public List<ServiceProcesses.Service> services() {
        return entries.stream().map(Entry::service).toList();
    }

    public List<String> modules() {
        return entries.stream().map(Entry::module).toList();
    }

    /** The service of {@code module}, or an exception that lists the services. */
    public Entry named(String module) {
        return entries.stream().filter(entry -> entry.module().equals(module)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown service " + module + "; the services are "
                        + modules()));
    }

    /** The databases the services own, in start order. */
    public List<String> databases() {
        return entries.stream().map(Entry::database).filter(Objects::nonNull).toList();
    }

    /** Area → port of every service behind the gateway: the gateway's routes on fixed ports. */
    public Map<String, Integer> areaPorts() {
        Map<String, Integer> routes = new LinkedHashMap<>();
        entries.stream().filter(entry -> entry.area() != null).forEach(entry -> routes.put(entry.area(), entry.port()));
        return routes;
    }

    private static String check(String value, Pattern pattern, String where, String column) {
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(where + "not a valid " + column + ": " + value);
        }
        return value;
    }

    private static int port(String value, String where) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(where + "not a port (1-65535): " + value);
    }

    private static <T> void unique(Set<T> seen, T value, String where, String column) {
        if (!seen.add(value)) {
            throw new IllegalArgumentException(where + "the " + column + " " + value + " is listed twice");
        }
    }
}
