package cn.jiedao.economy.indicator;

import cn.jiedao.economy.indicator.IndicatorViews.CorrectionView;
import cn.jiedao.economy.indicator.IndicatorViews.MonthlyValueView;
import cn.jiedao.economy.indicator.IndicatorViews.ProgressView;
import cn.jiedao.economy.indicator.IndicatorViews.SeriesMonth;
import cn.jiedao.economy.indicator.IndicatorViews.SeriesView;
import cn.jiedao.eventing.records.Records;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.kernel.web.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

@ApplicationScoped
public class IndicatorService {

    @Inject
    EntityManager em;

    @Inject
    StreetTime time;

    /** The result of a PUT: the record, whether it was created, and its new version (the ETag). */
    public record Saved<T>(T record, boolean created, long version) {
    }

    public List<Indicator> list() {
        return Indicator.listAll(io.quarkus.panache.common.Sort.by("createdAt").and("code"));
    }

    public Indicator get(String code) {
        Indicator i = Records.existing(Indicator.class, code, "Indicator");
        return i;
    }

    @Transactional
    public Indicator add(IndicatorViews.NewIndicator request) {
        if (Indicator.findById(request.code()) != null) {
            throw ProblemException.conflict("Indicator " + request.code() + " already exists");
        }
        Indicator i = new Indicator();
        i.code = request.code();
        i.name = request.name().strip();
        i.unit = request.unit();
        i.persist();
        em.flush();
        em.refresh(i);
        return i;
    }

    public IndicatorTarget target(String code, int year) {
        get(code);
        IndicatorTarget t = IndicatorTarget.find("indicatorCode = ?1 and year = ?2", code, year).firstResult();
        if (t == null) {
            throw ProblemException.notFound("Target of " + code + " for", year);
        }
        return t;
    }

    /** Sets the annual target; changing an existing one needs its ETag and is kept in the history. */
    @Transactional
    public Saved<IndicatorTarget> setTarget(String code, int year, BigDecimal value, String ifMatch, String user) {
        get(code);
        IndicatorTarget stored = IndicatorTarget.find("indicatorCode = ?1 and year = ?2", code, year).firstResult();
        return save(stored, () -> {
            IndicatorTarget t = new IndicatorTarget();
            t.indicatorCode = code;
            t.year = year;
            return t;
        }, ifMatch, user, t -> t.value.compareTo(value) == 0,
                (t, now) -> correction(code, year, null, null, t.value, null, value, user, now),
                t -> t.value = value);
    }

    public IndicatorValue value(String code, int year, int month) {
        get(code);
        IndicatorValue v = findValue(code, year, month);
        if (v == null) {
            throw ProblemException.notFound("Value of " + code + " for", year + "-" + month);
        }
        return v;
    }

    public MonthlyValueView valueView(IndicatorValue v) {
        List<CorrectionView> history = IndicatorCorrection.<IndicatorCorrection>list(
                        "indicatorCode = ?1 and year = ?2 and month = ?3 order by changedAt, id",
                        v.indicatorCode, v.year, v.month)
                .stream().map(CorrectionView::of).toList();
        return new MonthlyValueView(v.indicatorCode, v.year, v.month, v.basis, Percentages.plain(v.value),
                v.updatedAt, v.updatedBy, history);
    }

    /** Records a month's figure as reported; a correction needs the ETag and keeps the old figure in the history. */
    @Transactional
    public Saved<IndicatorValue> setValue(String code, int year, int month, BigDecimal value, ValueBasis basis,
            String ifMatch, String user) {
        get(code);
        return save(findValue(code, year, month), () -> {
            IndicatorValue v = new IndicatorValue();
            v.indicatorCode = code;
            v.year = year;
            v.month = month;
            return v;
        }, ifMatch, user, v -> v.basis == basis && v.value.compareTo(value) == 0,
                (v, now) -> correction(code, year, month, v.basis, v.value, basis, value, user, now),
                v -> {
                    v.basis = basis;
                    v.value = value;
                });
    }

    /**
     * Creates a figure or changes the stored one: a change needs the figure's ETag, changes nothing when the
     * figure is the same, and is kept in the correction history.
     */
    private <F extends IndicatorFigure> Saved<F> save(F stored, Supplier<F> fresh, String ifMatch, String user,
            Predicate<F> same, BiConsumer<F, OffsetDateTime> correct, Consumer<F> change) {
        OffsetDateTime now = time.now();
        boolean created = stored == null;
        F figure = created ? fresh.get() : stored;
        if (!created) {
            ETags.require(ifMatch, figure.version);
            if (same.test(figure)) {
                return new Saved<>(figure, false, figure.version);
            }
            correct.accept(figure, now);
        }
        change.accept(figure);
        figure.updatedAt = now;
        figure.updatedBy = user;
        figure.persist();
        em.flush();
        return new Saved<>(figure, created, figure.version);
    }

    /**
     * A figure another feature derives (e.g. declared investment): written without an ETag, since no person
     * edits it, but a change is still kept in the correction history.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void feed(String code, int year, int month, BigDecimal value, ValueBasis basis, String user) {
        IndicatorValue v = findValue(code, year, month);
        setValue(code, year, month, value, basis, v == null ? null : ETags.of(v.version), user);
    }

    public ProgressView progress(String code, int year, int throughMonth) {
        Indicator indicator = get(code);
        Derived ytd = figures(code, year).cumulative(throughMonth);
        Derived lastYear = figures(code, year - 1).cumulative(throughMonth);
        IndicatorTarget t = IndicatorTarget.find("indicatorCode = ?1 and year = ?2", code, year).firstResult();
        Derived target = t == null ? Derived.unavailable("no target set for " + year) : Derived.of(t.value);
        Derived completion = Percentages.completion(ytd, target);
        Derived growth = Percentages.growth(ytd, lastYear);
        Map<String, String> reasons = new LinkedHashMap<>();
        reason(reasons, "ytd", ytd);
        reason(reasons, "target", target);
        reason(reasons, "targetCompletionPercent", completion);
        reason(reasons, "samePeriodLastYear", lastYear);
        reason(reasons, "yoyGrowthPercent", growth);
        return new ProgressView(indicator.code, indicator.name, indicator.unit, year, throughMonth,
                Percentages.plain(ytd.value()), Percentages.plain(target.value()), completion.value(),
                Percentages.plain(lastYear.value()), growth.value(), reasons);
    }

    public SeriesView series(String code, int year) {
        Indicator indicator = get(code);
        MonthlyFigures current = figures(code, year);
        MonthlyFigures previous = figures(code, year - 1);
        List<SeriesMonth> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            Derived monthValue = current.monthValue(m);
            Derived cumulative = current.cumulative(m);
            Derived lastYear = previous.cumulative(m);
            Derived growth = Percentages.growth(cumulative, lastYear);
            Map<String, String> reasons = new LinkedHashMap<>();
            reason(reasons, "monthValue", monthValue);
            reason(reasons, "cumulative", cumulative);
            reason(reasons, "cumulativeLastYear", lastYear);
            reason(reasons, "yoyGrowthPercent", growth);
            months.add(new SeriesMonth(m, Percentages.plain(monthValue.value()), Percentages.plain(cumulative.value()),
                    Percentages.plain(lastYear.value()), growth.value(), reasons));
        }
        return new SeriesView(indicator.code, indicator.name, indicator.unit, year, months);
    }

    /** The year's reported figures; also used by other features that feed an indicator. */
    public MonthlyFigures figures(String code, int year) {
        Map<Integer, MonthlyFigures.Reported> reported = new HashMap<>();
        for (IndicatorValue v : IndicatorValue.<IndicatorValue>list("indicatorCode = ?1 and year = ?2", code, year)) {
            reported.put(v.month, new MonthlyFigures.Reported(v.basis, v.value));
        }
        return new MonthlyFigures(year, reported);
    }

    private static void reason(Map<String, String> reasons, String field, Derived figure) {
        if (!figure.available()) {
            reasons.put(field, figure.reason());
        }
    }

    private static IndicatorValue findValue(String code, int year, int month) {
        return IndicatorValue.find("indicatorCode = ?1 and year = ?2 and month = ?3", code, year, month).firstResult();
    }

    private static void correction(String code, int year, Integer month, ValueBasis oldBasis, BigDecimal oldValue,
            ValueBasis newBasis, BigDecimal newValue, String user, OffsetDateTime now) {
        IndicatorCorrection c = new IndicatorCorrection();
        c.indicatorCode = code;
        c.year = year;
        c.month = month;
        c.oldBasis = oldBasis;
        c.oldValue = oldValue;
        c.newBasis = newBasis;
        c.newValue = newValue;
        c.changedBy = user;
        c.changedAt = now;
        c.persist();
    }
}
