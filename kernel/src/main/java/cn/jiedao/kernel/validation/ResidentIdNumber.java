package cn.jiedao.kernel.validation;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The 18-character citizen identity number of GB 11643-1999: 6-digit division code, 8-digit birth date,
 * 3-digit sequence and a check character (ISO 7064 MOD 11-2, where 10 is written X).
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ResidentIdNumber() {
    }

    /** Whether {@code id} is well formed, with a birth date no later than {@code today}. */
    public static boolean isValid(String id, LocalDate today) {
        if (id == null || id.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        char check = Character.toUpperCase(id.charAt(17));
        if (check != CHECK[sum % 11]) {
            return false;
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)));
            return birth.getYear() >= 1850 && !birth.isAfter(today);
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The full number of its first 17 digits: they with the check character (test data). */
    public static String withCheckCharacter(String first17) {
        if (first17 == null || !first17.matches("\\d{17}")) {
            throw new IllegalArgumentException("not 17 digits: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK[sum % 11];
    }

    /** Keeps the first 3 and last 4 characters: 110************02X. */
    public static String mask(String id) {
        if (id == null || id.length() < 8) {
            return id == null ? null : "*".repeat(id.length());
        }
        return id.substring(0, 3) + "*".repeat(id.length() - 7) + id.substring(id.length() - 4);
    }
}
