package cn.jiedao.economy;

import java.util.concurrent.atomic.AtomicLong;

/** Valid unified social credit codes (GB 32100 check character) for tests. */
public final class CreditCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 100_000_000L);

    private CreditCodes() {
    }

    /** A fresh enterprise code, 91 + division 360121 + a 9-digit organisation code + check character. */
    public static String enterprise() {
        return withCheck("91360121" + String.format("%09d", NEXT.incrementAndGet() % 1_000_000_000L));
    }

    /** A fresh individual-business code (92…). */
    public static String individual() {
        return withCheck("92360121" + String.format("%09d", NEXT.incrementAndGet() % 1_000_000_000L));
    }

    public static String withCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return first17 + ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
