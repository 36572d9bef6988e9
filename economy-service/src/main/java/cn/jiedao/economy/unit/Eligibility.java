package cn.jiedao.economy.unit;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The 申规入统 eligibility check: the threshold whose GB/T 4754 prefix is the longest match of the unit's
 * industry code decides, and the answer says which rule it was and why it passed or failed.
 */
public final class Eligibility {

    /** A threshold as data: industry prefix, the category it leads to, and its rule. */
    public record Threshold(String industryPrefix, UnitCategory category, EligibilityRule rule, BigDecimal minRevenue,
            String description) {
    }

    /** The outcome: eligible or not, the category, the rule applied and the explanation. */
    public record Result(boolean eligible, UnitCategory category, Threshold threshold, String explanation) {
    }

    private final List<Threshold> thresholds;

    public Eligibility(List<Threshold> thresholds) {
        this.thresholds = List.copyOf(thresholds);
    }

    /** The threshold for an industry code, longest prefix first. */
    public Optional<Threshold> thresholdFor(String industryCode) {
        return thresholds.stream().filter(t -> industryCode != null && industryCode.startsWith(t.industryPrefix()))
                .max(Comparator.comparingInt(t -> t.industryPrefix().length()));
    }

    /**
     * @param revenue annual main-business revenue in 万元, null when none is recorded for the year
     */
    public Result check(String industryCode, Integer year, BigDecimal revenue, boolean constructionQualification) {
        Optional<Threshold> found = thresholdFor(industryCode);
        if (found.isEmpty()) {
            return new Result(false, null, null, "no threshold covers industry " + industryCode
                    + ": it is not a trade, services, construction or real-estate industry of the statistics library");
        }
        Threshold t = found.get();
        return switch (t.rule()) {
            case ALWAYS -> new Result(true, t.category(), t, t.description() + ": always eligible");
            case CONSTRUCTION_QUALIFICATION -> constructionQualification
                    ? new Result(true, t.category(), t, t.description() + ": the unit holds a construction qualification")
                    : new Result(false, t.category(), t, t.description() + ": the unit holds no construction qualification");
            case REVENUE_AT_LEAST -> {
                if (revenue == null) {
                    yield new Result(false, t.category(), t, t.description() + ": no main-business revenue recorded for "
                            + year);
                }
                boolean passed = revenue.compareTo(t.minRevenue()) >= 0;
                yield new Result(passed, t.category(), t, t.description() + ": " + year + " revenue "
                        + revenue.stripTrailingZeros().toPlainString() + "万元 " + (passed ? "≥ " : "< ")
                        + t.minRevenue().stripTrailingZeros().toPlainString() + "万元, "
                        + (passed ? "passed" : "failed"));
            }
        };
    }
}
