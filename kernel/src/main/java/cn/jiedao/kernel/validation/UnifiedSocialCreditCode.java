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
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * WEIGHTS[i];
        }
        int expected = (31 - sum % 31) % 31;
        return ALPHABET.indexOf(code.charAt(17)) == expected;
    }

    public static boolean isIndividualBusiness(String code) {
        return code != null && code.startsWith("92");
    }
}
