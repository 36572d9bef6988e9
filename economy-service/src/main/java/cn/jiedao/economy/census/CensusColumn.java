package cn.jiedao.economy.census;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The census exchange file's columns, in file order, with their English and Chinese header names. A file may
 * use either set (or mix them); headers are matched ignoring case, spaces and full-width parentheses.
 * {@code gridCode} is optional, every other column must be present in the header.
 */
public enum CensusColumn {
    RECORD_TYPE("recordType", "单位类型", true),
    REGISTER_CODE("registerCode", "普查登记码", true),
    CREDIT_CODE("creditCode", "统一社会信用代码", true),
    NAME("name", "单位名称", true),
    INDUSTRY_CODE("industryCode", "行业代码", true),
    DIVISION_CODE("divisionCode", "区划代码", true),
    ADDRESS("address", "详细地址", true),
    LICENSED("licensed", "是否有证照", true),
    DIGITAL_ECONOMY("digitalEconomy", "是否数字经济单位", true),
    LARGE_INDIVIDUAL("largeIndividual", "是否大个体", true),
    REVENUE("revenue", "营业收入(万元)", true),
    EMPLOYEES("employees", "从业人员(人)", true),
    GRID_CODE("gridCode", "网格代码", false);

    public final String english;
    public final String chinese;
    public final boolean required;

    CensusColumn(String english, String chinese, boolean required) {
        this.english = english;
        this.chinese = chinese;
        this.required = required;
    }

    public static final List<CensusColumn> ALL = List.of(values());

    /** The column a header names, in English or Chinese. */
    public static Optional<CensusColumn> forHeader(String header) {
        String h = normalize(header);
        for (CensusColumn c : values()) {
            if (normalize(c.english).equals(h) || normalize(c.chinese).equals(h)
                    || normalize(c.chinese.replaceAll("\\(.*\\)", "")).equals(h)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    static String normalize(String header) {
        return header.replace("\uFEFF", "").replace('（', '(').replace('）', ')').replaceAll("[\\s_-]", "")
                .toLowerCase(Locale.ROOT);
    }
}
