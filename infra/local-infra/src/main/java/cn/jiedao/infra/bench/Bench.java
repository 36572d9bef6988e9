package cn.jiedao.infra.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./jiedao bench <what> [options]}: one benchmark command. {@code <what>} names the class
 * {@code cn.jiedao.infra.bench.<What>Bench} (gateway → {@code GatewayBench}, referrals → {@code ReferralsBench},
 * census → {@code CensusBench}, statistics → {@code StatisticsBench}, startup → {@code StartupBench}), whose
 * {@code public static void main(String[])} gets the remaining arguments. {@code all} runs them in the order
 * of {@link #ALL}, skipping (with a line saying so) any class that is not there.
 *
 * <p>A benchmark's {@code main} returns when done (it does not call {@code System.exit}), starts what it
 * measures on free ports in a data directory of its own under {@code .jiedao/bench/<what>/} (see
 * {@link BenchStack}), runs the anchor and Jiedao side by side, prints both figures and their ratio, and stops
 * what it started. Not part of {@code mvn verify}.
 */
public final class Bench {

    /** The order of {@code ./jiedao bench all}. */
    public static final List<String> ALL = List.of("gateway", "referrals", "census", "statistics", "startup");

    private Bench() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
            System.err.println("usage: ./jiedao bench <" + String.join("|", ALL) + "|all> [options]");
            System.exit(2);
        }
        String what = args[0].toLowerCase(Locale.ROOT);
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (what.equals("all")) {
            int failed = 0;
            for (String each : ALL) {
                Method main = mainOf(each);
                if (main == null) {
                    System.out.println("== bench " + each + ": skipped (no class " + className(each) + ")");
                    continue;
                }
                System.out.println("== bench " + each);
                try {
                    invoke(main, rest);
                } catch (Throwable e) {
                    failed++;
                    System.out.println("== bench " + each + " failed: " + e);
                    e.printStackTrace();
                }
            }
            System.exit(failed == 0 ? 0 : 1);
        }
        Method main = mainOf(what);
        if (main == null) {
            System.err.println("No benchmark '" + what + "' (no class " + className(what) + "); the benchmarks: "
                    + String.join(", ", ALL) + ", all");
            System.exit(2);
        }
        invoke(main, rest);
        System.exit(0);
    }

    static String className(String what) {
        return Bench.class.getPackageName() + "." + Character.toUpperCase(what.charAt(0)) + what.substring(1) + "Bench";
    }

    private static Method mainOf(String what) {
        try {
            return Class.forName(className(what)).getMethod("main", String[].class);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return null;
        }
    }

    private static void invoke(Method main, String[] args) throws Throwable {
        try {
            main.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
