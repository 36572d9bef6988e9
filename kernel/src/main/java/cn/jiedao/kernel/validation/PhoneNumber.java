package cn.jiedao.kernel.validation;

/** A phone number as the street writes it: a mobile (11 digits from 1) or a landline (0, area code, number). */
public final class PhoneNumber {

    /** For {@code @Pattern(regexp = PhoneNumber.PATTERN, message = PhoneNumber.MESSAGE)}. */
    public static final String PATTERN = "1\\d{10}|0\\d{2,3}-?\\d{7,8}";

    public static final String MESSAGE = "must be a mobile number (11 digits from 1) or a landline (0 + area code + number)";

    private PhoneNumber() {
    }

    /** Keeps the first 3 and last 4 characters: 138****0000. */
    public static String mask(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() < 8) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
