package cn.jiedao.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The resident memory of a process as Linux reports it, for the soak and the benchmarks. */
public final class ProcessMemory {

    private ProcessMemory() {
    }

    /** VmRSS of {@code /proc/<pid>/status} in MiB (-1 if the process is gone). */
    public static long rssMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | UncheckedIOException | NumberFormatException e) {
            // gone
        }
        return -1;
    }
}
