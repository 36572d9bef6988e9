package cn.jiedao.infra;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A Java process started by this one: PostgreSQL's wrapper, the Kafka broker or a Quarkus service. Its
 * standard output and error go to a log file; readiness is a marker line in that file or a health check.
 * The child learns our pid ({@code -Djiedao.parent.pid}) so its {@link ParentWatch} can end it if we die.
 */
public final class ChildJvm {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final String name;
    private final Process process;
    private final Path logFile;
    private final long logOffset;

    private ChildJvm(String name, Process process, Path logFile, long logOffset) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.logOffset = logOffset;
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path logFile() {
        return logFile;
    }

    /**
     * Waits until the child writes a line containing {@code marker} to its log (written after this child
     * started), failing early with the log's tail if the child exits first.
     */
    public void awaitLogLine(String marker, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (logSinceStart().contains(marker)) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue()
                        + " before it was ready. Last lines of " + logFile + ":\n" + logTail(40));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " was not ready within " + timeout.toSeconds()
                        + " s. Last lines of " + logFile + ":\n" + logTail(40));
            }
            sleep(100);
        }
    }

    /** SIGTERM, then SIGKILL if the child is still there after {@code grace}. Returns once it is gone. */
    public void stop(Duration grace) {
        stop(process.toHandle(), grace);
    }

    /** Stops any process by its handle: SIGTERM, then SIGKILL after {@code grace}. */
    public static void stop(ProcessHandle handle, Duration grace) {
        if (!handle.isAlive()) {
            return;
        }
        handle.destroy();
        try {
            handle.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            handle.destroyForcibly();
            try {
                handle.onExit().get(10, TimeUnit.SECONDS);
            } catch (InterruptedException | ExecutionException | TimeoutException ignored) {
                // nothing more we can do
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The last {@code lines} lines of the child's log (whole file, not only this run). */
    public String logTail(int lines) {
        return tail(logFile, lines);
    }

    static String tail(Path file, int lines) {
        try {
            if (!Files.exists(file)) {
                return "(no log file " + file + ")";
            }
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(could not read " + file + ": " + e + ")";
        }
    }

    private String logSinceStart() {
        try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
            long length = file.length();
            if (length <= logOffset) {
                return "";
            }
            byte[] bytes = new byte[(int) Math.min(length - logOffset, 16 * 1024 * 1024)];
            file.seek(logOffset);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public static final class Builder {
        private final String name;
        private String classpath;
        private String mainClass;
        private final List<String> jvmOptions = new ArrayList<>();
        private final List<String> arguments = new ArrayList<>();
        private final Map<String, String> environment = new LinkedHashMap<>();
        private Path logFile;
        private Path workingDirectory;
        private boolean ownSession;

        private Builder(String name) {
            this.name = name;
        }

        public Builder classpath(String classpath) {
            this.classpath = classpath;
            return this;
        }

        public Builder mainClass(String mainClass) {
            this.mainClass = mainClass;
            return this;
        }

        public Builder jvmOptions(String... options) {
            jvmOptions.addAll(List.of(options));
            return this;
        }

        public Builder arguments(String... args) {
            arguments.addAll(List.of(args));
            return this;
        }

        public Builder environment(String key, String value) {
            environment.put(key, value);
            return this;
        }

        public Builder logFile(Path logFile) {
            this.logFile = logFile;
            return this;
        }

        public Builder workingDirectory(Path directory) {
            this.workingDirectory = directory;
            return this;
        }

        /**
         * Puts the child in a session of its own (setsid), so Ctrl-C in the terminal reaches only the
         * launcher, which then stops its children in order instead of all of them at once.
         */
        public Builder ownSession(boolean ownSession) {
            this.ownSession = ownSession;
            return this;
        }

        public ChildJvm start() {
            if (classpath == null || mainClass == null || logFile == null) {
                throw new IllegalStateException("classpath, mainClass and logFile are required");
            }
            List<String> command = new ArrayList<>();
            if (ownSession && Files.isExecutable(SETSID)) {
                // setsid execs in place (our child is no process-group leader), so the pid stays the JVM's.
                command.add(SETSID.toString());
            }
            command.add(javaExecutable());
            command.add("-D" + ParentWatch.PARENT_PID_PROPERTY + "=" + ProcessHandle.current().pid());
            command.addAll(jvmOptions);
            command.add("-cp");
            command.add(classpath);
            command.add(mainClass);
            command.addAll(arguments);
            try {
                Files.createDirectories(logFile.toAbsolutePath().getParent());
                long offset = Files.exists(logFile) ? Files.size(logFile) : 0;
                ProcessBuilder builder = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
                if (workingDirectory != null) {
                    builder.directory(workingDirectory.toFile());
                }
                builder.environment().putAll(environment);
                return new ChildJvm(name, builder.start(), logFile, offset);
            } catch (IOException e) {
                throw new UncheckedIOException("could not start " + name + ": " + command, e);
            }
        }
    }

    /** Where local-infra's classes are (a directory or the jar), for the broker's and services' classpaths. */
    static String localInfraClasses() {
        CodeSource source = ChildJvm.class.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
            try {
                return Path.of(source.getLocation().toURI()).toString();
            } catch (URISyntaxException | IllegalArgumentException e) {
                // fall through to the classpath
            }
        }
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("local-infra"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("cannot locate the local-infra classes"));
    }

    static String javaExecutable() {
        Optional<String> home = Optional.ofNullable(System.getProperty("java.home"));
        return home.map(h -> Path.of(h, "bin", "java").toString()).orElse("java");
    }
}
