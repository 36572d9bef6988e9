package cn.jiedao.kernel.validation;

/**
 * The 18-character unified social credit code of GB 32100-2015: registration authority, organisation type,
 * 6-digit division code, 9-character organisation code and a check character computed modulo 31 over the
 * code's alphabet (digits and capital letters without I, O, S, V, Z). A code starting 92 is an individual
 * business (个体工商户).
 */
public final class UnifiedSocialCreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode() {
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        int expected = check(code.substring(0, 17));
        return expected >= 0 && ALPHABET.indexOf(code.charAt(17)) == expected;
    }

    /** The full code of its first 17 characters: they with the check character (test data, code lists). */
    public static String withCheckCharacter(String first17) {
        int check = first17 == null || first17.length() != 17 ? -1 : check(first17);
        if (check < 0) {
            throw new IllegalArgumentException("not 17 characters of the credit-code alphabet: " + first17);
        }
        return first17 + ALPHABET.charAt(check);
    }

    /** The check character's value for 17 characters, or -1 when one is not of the alphabet. */
    private static int check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                return -1;
            }
            sum += value * WEIGHTS[i];
        }
        return (31 - sum % 31) % 31;
    }

    public static boolean isIndividualBusiness(String code) {
        return code != null && code.startsWith("92");
    }
}
