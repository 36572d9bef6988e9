package cn.jiedao.infra;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * A consistent backup of the running cluster (all its databases) and its restore, without {@code pg_dump}
 * (the embedded binaries carry none): PostgreSQL's online physical backup. {@code pg_backup_start} marks the
 * start, the data directory is copied while the services keep writing, {@code pg_backup_stop} ends it and
 * gives the backup label; the archive holds the copy, the label and every WAL segment written meanwhile, so a
 * restore replays the WAL to the moment the backup ended and the copy is consistent whatever was written while
 * it was taken. Restore replaces a stopped cluster's data directory with the archive's; PostgreSQL recovers
 * from the label at its next start.
 */
public final class PostgresBackup {

    /** What the running server writes and a copy must leave out (PostgreSQL's backup documentation). */
    private static final Set<String> SKIPPED = Set.of("postmaster.pid", "postmaster.opts", "pg_internal.init");
    private static final Set<String> EMPTIED = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
            "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");

    private PostgresBackup() {
    }

    /** Writes a backup of the cluster on {@code port}, whose data directory is {@code dataDir}, to {@code archive}. */
    public static void backup(int port, Path dataDir, Path archive) throws IOException, SQLException {
        Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
        try (Connection connection = PostgresDatabases.connect(port, "postgres");
             Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_backup_start('jiedao backup', true)");
            String label;
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(partial));
                 TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(file))) {
                tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
                tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
                copyTree(dataDir, dataDir, tar);
                try (ResultSet stop = statement.executeQuery("SELECT labelfile FROM pg_backup_stop(true)")) {
                    stop.next();
                    label = stop.getString(1);
                }
                add(tar, "backup_label", label.getBytes(StandardCharsets.UTF_8));
                // The WAL from the backup's start to its end: every segment in pg_wal once the backup has stopped.
                try (Stream<Path> wal = Files.list(dataDir.resolve("pg_wal"))) {
                    for (Path segment : wal.filter(Files::isRegularFile).sorted().toList()) {
                        addFile(tar, "pg_wal/" + segment.getFileName(), segment);
                    }
                }
            }
        }
        Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Replaces {@code dataDir} (the cluster must be stopped) with the cluster in {@code archive}. */
    public static void restore(Path archive, Path dataDir) throws IOException {
        if (Files.exists(dataDir.resolve("postmaster.pid"))) {
            throw new IllegalStateException("PostgreSQL is running on " + dataDir + ": stop it (./jiedao down) first");
        }
        Path incoming = dataDir.resolveSibling(dataDir.getFileName() + ".restoring");
        deleteTree(incoming);
        Files.createDirectories(incoming);
        try (InputStream file = new BufferedInputStream(Files.newInputStream(archive));
             TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(file))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path target = incoming.resolve(entry.getName()).normalize();
                if (!target.startsWith(incoming)) {
                    throw new IOException("the archive names a path outside the data directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        for (String directory : EMPTIED) {
            Files.createDirectories(incoming.resolve(directory));
        }
        // PostgreSQL refuses a data directory others may read.
        Files.setPosixFilePermissions(incoming, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        Path previous = dataDir.resolveSibling(dataDir.getFileName() + ".before-restore");
        deleteTree(previous);
        if (Files.exists(dataDir)) {
            Files.move(dataDir, previous);
        }
        Files.move(incoming, dataDir);
        deleteTree(previous);
    }

    private static void copyTree(Path root, Path directory, TarArchiveOutputStream tar) throws IOException {
        List<Path> children;
        try (Stream<Path> list = Files.list(directory)) {
            children = list.sorted().toList();
        }
        for (Path child : children) {
            String name = root.relativize(child).toString();
            String leaf = child.getFileName().toString();
            if (SKIPPED.contains(leaf) || leaf.startsWith("pgsql_tmp") || name.equals("backup_label")) {
                continue;
            }
            if (Files.isDirectory(child)) {
                TarArchiveEntry entry = new TarArchiveEntry(child.toFile(), name + "/");
                tar.putArchiveEntry(entry);
                tar.closeArchiveEntry();
                if (!EMPTIED.contains(name)) {
                    copyTree(root, child, tar);
                }
            } else if (Files.isRegularFile(child)) {
                try {
                    addFile(tar, name, child);
                } catch (java.nio.file.NoSuchFileException vanished) {
                    // a file dropped while the copy ran (a temporary relation): the WAL replay accounts for it
                }
            }
        }
    }

    private static void addFile(TarArchiveOutputStream tar, String name, Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        add(tar, name, content);
    }

    private static void add(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        entry.setMode(0600);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
