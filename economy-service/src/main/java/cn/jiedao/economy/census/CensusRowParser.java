package cn.jiedao.economy.census;

import cn.jiedao.kernel.validation.UnifiedSocialCreditCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks one record of the census file and turns it into a {@link CensusRow}, or says every reason it is
 * rejected. Plain Java, so the rules are unit-tested without Quarkus.
 */
public final class CensusRowParser {

    /** A parsed row or the reasons it was rejected. */
    public record Outcome(CensusRow row, List<String> reasons) {
        public boolean accepted() {
            return row != null;
        }
    }

    private static final Pattern REGISTER_CODE = Pattern.compile("[0-9A-Za-z-]{1,30}");
    private static final Pattern INDUSTRY = Pattern.compile("\\d{2,4}");
    private static final Pattern DIVISION = Pattern.compile("\\d{9}|\\d{12}");
    private static final Pattern GRID = Pattern.compile("\\d{15}");
    private static final BigDecimal MAX_REVENUE = new BigDecimal("9999999999999999");

    private CensusRowParser() {
    }

    public static Outcome parse(Map<CensusColumn, String> values) {
        List<String> reasons = new ArrayList<>();
        int type = recordType(value(values, CensusColumn.RECORD_TYPE), reasons);
        String registerCode = value(values, CensusColumn.REGISTER_CODE);
        if (registerCode != null && !REGISTER_CODE.matcher(registerCode).matches()) {
            reasons.add("registerCode: must be 1–30 letters, digits or '-'");
        }
        String creditCode = value(values, CensusColumn.CREDIT_CODE);
        if (creditCode != null) {
            creditCode = creditCode.toUpperCase(Locale.ROOT);
            if (!UnifiedSocialCreditCode.isValid(creditCode)) {
                reasons.add("creditCode: 不是有效的统一社会信用代码 (18 characters, GB 32100 check character)");
            }
        }
        if (registerCode == null && creditCode == null) {
            reasons.add("registerCode: a record needs a census register code or a credit code");
        }
        String name = value(values, CensusColumn.NAME);
        if (name == null) {
            reasons.add("name: must not be blank");
        } else if (name.length() > 200) {
            reasons.add("name: at most 200 characters");
        }
        String industry = value(values, CensusColumn.INDUSTRY_CODE);
        if (industry == null || !INDUSTRY.matcher(industry).matches()) {
            reasons.add("industryCode: must be a GB/T 4754-2017 code of 2 to 4 digits");
        }
        String division = value(values, CensusColumn.DIVISION_CODE);
        if (division != null && !DIVISION.matcher(division).matches()) {
            reasons.add("divisionCode: must be a 9- or 12-digit statistical division code");
        }
        String grid = value(values, CensusColumn.GRID_CODE);
        if (grid != null && !GRID.matcher(grid).matches()) {
            reasons.add("gridCode: must be a 15-digit grid code");
        }
        String address = value(values, CensusColumn.ADDRESS);
        if (address != null && address.length() > 300) {
            reasons.add("address: at most 300 characters");
        }
        Boolean licensed = flag(values, CensusColumn.LICENSED, reasons, null);
        Boolean digital = flag(values, CensusColumn.DIGITAL_ECONOMY, reasons, false);
        Boolean large = flag(values, CensusColumn.LARGE_INDIVIDUAL, reasons, false);
        if (Boolean.TRUE.equals(large) && type != 0 && type != 3) {
            reasons.add("largeIndividual: only an individual business (record type 3) can be a 大个体");
        }
        BigDecimal revenue = null;
        String revenueText = value(values, CensusColumn.REVENUE);
        if (revenueText != null) {
            try {
                revenue = new BigDecimal(revenueText.replace(",", ""));
                if (revenue.signum() < 0 || revenue.compareTo(MAX_REVENUE) > 0 || revenue.scale() > 4) {
                    reasons.add("revenue: must be 0 or more 万元 with at most 4 decimals");
                }
            } catch (NumberFormatException e) {
                reasons.add("revenue: not a decimal number: " + revenueText);
            }
        }
        Integer employees = null;
        String employeesText = value(values, CensusColumn.EMPLOYEES);
        if (employeesText != null) {
            try {
                employees = Integer.valueOf(employeesText);
                if (employees < 0) {
                    reasons.add("employees: must be 0 or more");
                }
            } catch (NumberFormatException e) {
                reasons.add("employees: not a whole number: " + employeesText);
            }
        }
        if (!reasons.isEmpty()) {
            return new Outcome(null, reasons);
        }
        return new Outcome(new CensusRow(type, registerCode, creditCode, name, industry, division, grid, address,
                licensed, digital, large, revenue == null ? null : revenue.setScale(4), employees), List.of());
    }

    private static int recordType(String text, List<String> reasons) {
        if (text != null) {
            switch (text.toUpperCase(Locale.ROOT)) {
                case "1", "LEGAL_ENTITY", "法人单位" -> {
                    return 1;
                }
                case "2", "ESTABLISHMENT", "产业活动单位" -> {
                    return 2;
                }
                case "3", "INDIVIDUAL_BUSINESS", "个体经营户" -> {
                    return 3;
                }
                default -> {
                }
            }
        }
        reasons.add("recordType: must be 1 (法人单位), 2 (产业活动单位) or 3 (个体经营户)");
        return 0;
    }

    private static Boolean flag(Map<CensusColumn, String> values, CensusColumn column, List<String> reasons,
            Boolean whenEmpty) {
        String text = value(values, column);
        if (text == null) {
            if (whenEmpty == null) {
                reasons.add(column.english + ": required, 1/0 (是/否)");
            }
            return whenEmpty;
        }
        switch (text.toLowerCase(Locale.ROOT)) {
            case "1", "是", "y", "yes", "true" -> {
                return true;
            }
            case "0", "否", "n", "no", "false" -> {
                return false;
            }
            default -> {
                reasons.add(column.english + ": must be 1/0 (是/否), not " + text);
                return false;
            }
        }
    }

    private static String value(Map<CensusColumn, String> values, CensusColumn column) {
        String v = values.get(column);
        if (v == null) {
            return null;
        }
        v = v.strip();
        return v.isEmpty() ? null : v;
    }
}
