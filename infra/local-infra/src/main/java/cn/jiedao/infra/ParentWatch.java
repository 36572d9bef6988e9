package cn.jiedao.infra;

import java.util.Optional;

/**
 * Ends this JVM when the process that started it is gone, so that a parent killed with {@code kill -9}
 * (a test JVM, the local stack launcher) leaves no PostgreSQL, Kafka or service behind. {@code System.exit}
 * runs the shutdown hooks, which stop PostgreSQL and Kafka cleanly.
 *
 * <p>Only JDK classes here: this class runs on the Kafka broker's classpath and in front of Quarkus apps.
 */
public final class ParentWatch {

    static final String PARENT_PID_PROPERTY = "jiedao.parent.pid";
    private static final long POLL_MILLIS = 500;

    private ParentWatch() {
    }

    /** Starts watching the pid given as system property {@code jiedao.parent.pid}, else this JVM's parent. */
    public static void start() {
        String configured = System.getProperty(PARENT_PID_PROPERTY);
        Optional<ProcessHandle> parent = configured != null && !configured.isBlank()
                ? ProcessHandle.of(Long.parseLong(configured.trim()))
                : ProcessHandle.current().parent();
        if (parent.isEmpty()) {
            System.err.println("[jiedao] parent process " + configured + " is already gone; exiting");
            System.exit(3);
        }
        watch(parent.get());
    }

    static void watch(ProcessHandle parent) {
        Thread watcher = new Thread(() -> {
            // ProcessHandle.isAlive also compares the start time, so a recycled pid does not fool it.
            while (parent.isAlive()) {
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.err.println("[jiedao] parent process " + parent.pid() + " died; shutting down");
            System.exit(0);
        }, "jiedao-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}
