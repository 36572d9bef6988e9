package cn.jiedao.infra;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Runs another main class (a packaged Quarkus app's {@code io.quarkus.bootstrap.runner.QuarkusEntryPoint})
 * under a {@link ParentWatch}, so the local stack's services do not outlive a launcher killed with -9.
 *
 * <p>Usage: {@code java -Djiedao.parent.pid=N -cp local-infra.jar:app.jar cn.jiedao.infra.WatchedMain MainClass args...}
 */
public final class WatchedMain {

    private WatchedMain() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length == 0) {
            System.err.println("usage: WatchedMain <main class> [args...]");
            System.exit(2);
        }
        ParentWatch.start();
        Method main = Class.forName(args[0]).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
