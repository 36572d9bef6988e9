package cn.jiedao.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * {@code ./jiedao backup [file]} and {@code ./jiedao restore file}: a consistent online backup of the local
 * stack's PostgreSQL (the four databases at once) while it runs, and the restore of one into a stopped stack
 * ({@link PostgresBackup}). Options: {@code --repo=DIR}, {@code --port=N}.
 */
public final class BackupCommand {

    private BackupCommand() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Arguments.parse(java.util.Arrays.stream(args).filter(a -> a.startsWith("--"))
                .toArray(String[]::new));
        var positional = java.util.Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        Path repo = Path.of(options.getOrDefault("repo", ".")).toAbsolutePath().normalize();
        Path dataDir = repo.resolve(".jiedao/postgres");
        int port = Integer.parseInt(options.getOrDefault("port", Integer.toString(LocalStack.POSTGRES_PORT)));
        if (positional.isEmpty() || !(positional.get(0).equals("backup") || positional.get(0).equals("restore"))) {
            System.err.println("usage: ./jiedao backup [file] | ./jiedao restore file");
            System.exit(2);
        }
        if (positional.get(0).equals("backup")) {
            Path file = positional.size() > 1 ? Path.of(positional.get(1)).toAbsolutePath()
                    : repo.resolve(".jiedao/backups/jiedao-" + LocalDateTime.now().format(
                            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".tar.gz");
            Files.createDirectories(file.getParent());
            long started = System.nanoTime();
            PostgresBackup.backup(port, dataDir, file);
            System.out.printf("Backup of every database written to %s (%d KiB, %d ms)%n", file,
                    Files.size(file) / 1024, (System.nanoTime() - started) / 1_000_000);
        } else {
            if (positional.size() < 2) {
                System.err.println("usage: ./jiedao restore file");
                System.exit(2);
            }
            try {
                PostgresBackup.restore(Path.of(positional.get(1)).toAbsolutePath(), dataDir);
            } catch (IllegalStateException e) {
                System.err.println(e.getMessage());
                System.exit(1);
            }
            System.out.println("Restored " + positional.get(1) + " into " + dataDir
                    + "; ./jiedao up replays its WAL and starts from it");
        }
    }
}
