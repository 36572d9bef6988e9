package cn.jiedao.gateway.reports;

import cn.jiedao.gateway.GatewayConfig;
import cn.jiedao.gateway.reports.AnnualReport.Comparison;
import cn.jiedao.gateway.reports.AnnualReport.Figure;
import cn.jiedao.gateway.reports.AnnualReport.Period;
import cn.jiedao.gateway.reports.AnnualReport.Section;
import cn.jiedao.gateway.routing.Upstream;
import cn.jiedao.gateway.routing.UpstreamClient;
import cn.jiedao.gateway.routing.UpstreamFailures;
import cn.jiedao.gateway.routing.Upstreams;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Assembles section 一 of the annual work summary from the services' statistics, computed by them on request:
 * every statistics request is sent at once with the caller's token and waited for at most
 * {@code jiedao.gateway.report-timeout}; a section whose service failed is marked unavailable with the reason.
 */
@Singleton
public class AnnualReports {

    private static final Logger LOG = Logger.getLogger(AnnualReports.class);

    /** The economy's indicators the report quotes: figure id → indicator code. */
    static final Map<String, String> INDICATORS = Map.of(
            "economy.generalBudgetRevenue.ytd", "GENERAL_BUDGET_REVENUE",
            "economy.aboveQuotaWholesaleSales.ytd", "ABOVE_QUOTA_WHOLESALE_SALES",
            "economy.aboveQuotaRetailSales.ytd", "ABOVE_QUOTA_RETAIL_SALES",
            "economy.aboveQuotaCateringSales.ytd", "ABOVE_QUOTA_CATERING_SALES");

    private static final Map<String, String> INDICATOR_UNITS = Map.of("TEN_THOUSAND_YUAN", "万元",
            "HUNDRED_MILLION_YUAN", "亿元", "UNITS", "家", "ITEMS", "个");

    /** One statistics answer, or why there is none. */
    public record Fetched(String source, JsonObject body, String reason) {
    }

    private final UpstreamClient client;
    private final Upstreams upstreams;
    private final GatewayConfig config;

    AnnualReports(UpstreamClient client, Upstreams upstreams, GatewayConfig config) {
        this.client = client;
        this.upstreams = upstreams;
        this.config = config;
    }

    /** How long the report waits for any one service. */
    public java.time.Duration timeout() {
        return config.reportTimeout();
    }

    /** The report for January to {@code through} of its year. */
    public Uni<AnnualReport> of(YearMonth through, String authorization) {
        return fetched(through, authorization, List.of()).map(Assembled::report);
    }

    /**
     * The report with the answers it was assembled from, and those of the revenue's monthly series the charts
     * need besides ({@link Sources#revenueSeries()}): every request sent at once, none kept.
     */
    public Uni<Assembled> withCharts(YearMonth through, String authorization) {
        return fetched(through, authorization, List.of(new Sources(through).revenueSeries()));
    }

    /** A report and every statistics answer it was assembled from (or why there is none), by source. */
    public record Assembled(AnnualReport report, Sources sources, Map<String, Fetched> answers) {
    }

    private Uni<Assembled> fetched(YearMonth through, String authorization, List<String> besides) {
        Sources sources = new Sources(through);
        List<String> all = new ArrayList<>(sources.all());
        all.addAll(besides);
        List<Uni<Fetched>> each = all.stream().map(source -> fetch(source, authorization)).toList();
        return Uni.combine().all().unis(each).with(Fetched.class, answers -> {
            Map<String, Fetched> bySource = new LinkedHashMap<>();
            answers.forEach(a -> bySource.put(a.source(), a));
            return new Assembled(assemble(sources, bySource), sources, bySource);
        });
    }

    private Uni<Fetched> fetch(String source, String authorization) {
        String area = source.split("/")[2];
        Optional<Upstream> found = upstreams.byArea(area);
        if (found.isEmpty()) {
            return Uni.createFrom().item(new Fetched(source, null, "no " + area + " service is configured"));
        }
        Upstream upstream = found.get();
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().set(HttpHeaders.ACCEPT, "application/json");
        if (authorization != null) {
            headers.set(HttpHeaders.AUTHORIZATION, authorization);
        }
        return Uni.createFrom().completionStage(() -> client
                        .request(upstream, HttpMethod.GET, source, headers, config.reportTimeout())
                        .compose(HttpClientRequest::send)
                        .compose(answer -> answer.body().map(body -> answer.statusCode() == 200
                                ? new Fetched(source, body.toJsonObject(), null)
                                : new Fetched(source, null, refused(upstream, answer.statusCode(), body.toString()))))
                        .toCompletionStage())
                .ifNoItem().after(config.reportTimeout()).failWith(TimeoutException::new)
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("No statistics from %s for %s: %s", upstream.service(), source, failure.toString());
                    return new Fetched(source, null, failure instanceof DecodeException
                            ? upstream.service() + " answered with something that is not a JSON object"
                            : UpstreamFailures.problem(upstream, failure, config.connectTimeout(),
                                    config.reportTimeout()).detail());
                });
    }

    private static String refused(Upstream upstream, int status, String body) {
        String detail = null;
        try {
            detail = new JsonObject(body).getString("detail");
        } catch (RuntimeException notAProblem) {
            // the status alone then
        }
        return upstream.service() + " answered HTTP " + status + (detail == null ? "" : ": " + detail);
    }

    private AnnualReport assemble(Sources s, Map<String, Fetched> answers) {
        Period period = s.period;
        Period wholeYear = new Period(period.from(), LocalDate.of(s.through.getYear(), 12, 31));
        List<Section> sections = new ArrayList<>();

        sections.add(section(answers, "economy", 1, "经济发展", s.economy(), f -> {
            for (String id : List.of("economy.generalBudgetRevenue.ytd", "economy.aboveQuotaWholesaleSales.ytd",
                    "economy.aboveQuotaRetailSales.ytd", "economy.aboveQuotaCateringSales.ytd")) {
                String source = s.progress(INDICATORS.get(id));
                JsonObject p = answers.get(source).body();
                Comparison comparison = new Comparison(number(p, "target"), number(p, "targetCompletionPercent"),
                        number(p, "samePeriodLastYear"), number(p, "yoyGrowthPercent"));
                String unit = p.getString("unit"); // Map.of refuses a null key: an answer without unit must not be a 500
                f.add(new Figure(id, number(p, "ytd"), unit == null ? null : INDICATOR_UNITS.getOrDefault(unit, unit),
                        period, comparison.empty() ? null : comparison, source));
            }
            JsonObject units = answers.get(s.units()).body();
            f.add(figure("economy.units.inLibrary", units, "inLibrary", "家", wholeYear, s.units()));
            f.add(figure("economy.units.aboveQuotaTrade", units, "aboveQuotaTrade", "家", wholeYear, s.units()));
            JsonObject byCategory = units.getJsonObject("inLibraryByCategory", new JsonObject());
            byCategory.fieldNames().forEach(category -> f.add(figure("economy.units.inLibraryByCategory." + category,
                    byCategory, category, "家", wholeYear, s.units())));
            f.add(figure("economy.units.newInLibrary", units, "newInLibrary", "家", wholeYear, s.units()));
            JsonObject investment = answers.get(s.investment()).body();
            f.add(figure("economy.investment.newProjects", investment, "newProjects", "个", wholeYear,
                    s.investment()));
            f.add(figure("economy.investment.newProjectsTotalInvestment", investment, "newProjectsTotalInvestment",
                    "万元", wholeYear, s.investment()));
            f.add(figure("economy.investment.declaredYtd", investment, "declaredYtd", "万元", period,
                    s.investment()));
            JsonObject attraction = answers.get(s.attraction()).body();
            f.add(figure("economy.attraction.ceremonies", attraction, "ceremonies", "次", wholeYear, s.attraction()));
            f.add(figure("economy.attraction.signedProjects", attraction, "signedProjects", "个", wholeYear,
                    s.attraction()));
            f.add(figure("economy.attraction.registeredCapital", attraction, "registeredCapital", "万元", wholeYear,
                    s.attraction()));
            f.add(figure("economy.attraction.domesticCapitalProjects", attraction, "domesticCapitalProjects", "个",
                    wholeYear, s.attraction()));
            f.add(figure("economy.attraction.domesticCapitalInvestment", attraction, "domesticCapitalInvestment",
                    "万元", wholeYear, s.attraction()));
        }));

        sections.add(section(answers, "governance", 2, "社会治理", List.of(s.mediation()), f -> {
            String source = s.mediation();
            JsonObject m = answers.get(source).body();
            f.add(figure("mediation.disputes.total", m, "total", "件", period, source));
            breakdown(f, "mediation.disputes.byCategory.", m.getJsonObject("byCategory"), "件", period, source);
            breakdown(f, "mediation.disputes.byChannel.", m.getJsonObject("byChannel"), "件", period, source);
            JsonObject referrals = m.getJsonObject("policeReferrals", new JsonObject());
            f.add(figure("mediation.policeReferrals.received", referrals, "received", "起", period, source));
            f.add(figure("mediation.policeReferrals.concluded", referrals, "concluded", "起", period, source));
            JsonObject letters = m.getJsonObject("warningLetters", new JsonObject());
            f.add(figure("mediation.warningLetters.received", letters, "received", "份", period, source));
            BigDecimal rate = number(m, "resolutionRate");
            f.add(new Figure("mediation.resolutionRate", rate == null ? null
                    : ReportNumbers.normal(rate.movePointRight(2)), "%", period, null, source));
            f.add(figure("mediation.medianDaysToConclusion", m, "medianDaysToConclusion", "天", period, source));
            f.add(figure("mediation.disputes.overdue", m, "overdue", "件", period, source));
            f.add(figure("mediation.disputesHelpedByVolunteers", m, "disputesHelpedByVolunteers", "件", period,
                    source));
        }));

        sections.add(section(answers, "safety", 3, "安全稳定", List.of(s.safety()), f -> {
            String source = s.safety();
            JsonObject st = answers.get(source).body();
            JsonObject fraud = st.getJsonObject("telecomFraudCases", new JsonObject());
            Comparison lastYear = new Comparison(null, null, number(fraud, "sameMonthsLastYear"),
                    number(fraud, "yoyPercent"));
            f.add(new Figure("safety.telecomFraud.cases", number(fraud, "cases"), "起", period,
                    lastYear.empty() ? null : lastYear, source));
            f.add(figure("safety.drills", st, "drills", "次", period, source));
            f.add(figure("safety.drillParticipants", st, "drillParticipants", "人", period, source));
            JsonObject hazards = st.getJsonObject("hazards", new JsonObject());
            f.add(figure("safety.hazards.found", hazards, "found", "处", period, source));
            f.add(figure("safety.hazards.closedFixed", hazards, "closedFixed", "处", period, source));
            f.add(figure("safety.hazards.overdue", hazards, "overdue", "处", period, source));
            f.add(figure("safety.hazards.major", hazards, "major", "处", period, source));
            JsonObject keyPersons = st.getJsonObject("keyPersons", new JsonObject());
            breakdown(f, "safety.keyPersons.underSupervision.", keyPersons.getJsonObject("underSupervision"), "人",
                    period, source);
            f.add(figure("safety.keyPersons.visits", keyPersons, "visits", "次", period, source));
            f.add(figure("safety.keyPersons.visitsOnTimePercent", st, "visitsOnTimePercent", "%", period, source));
            JsonObject outreach = st.getJsonObject("outreachEvents", new JsonObject());
            f.add(figure("safety.outreach.events", outreach, "events", "次", period, source));
            f.add(figure("safety.outreach.attendance", outreach, "attendance", "人次", period, source));
        }));

        sections.add(section(answers, "community", 4, "社区管理", List.of(s.safety(), s.hub()), f -> {
            JsonObject construction = answers.get(s.safety()).body().getJsonObject("illegalConstruction",
                    new JsonObject());
            f.add(figure("safety.illegalConstruction.demolished", construction, "demolished", "处", period,
                    s.safety()));
            f.add(figure("safety.illegalConstruction.demolishedArea", construction, "demolishedAreaSquareMetres",
                    "平方米", period, s.safety()));
            f.add(figure("safety.illegalConstruction.opened", construction, "opened", "起", period, s.safety()));
            f.add(figure("safety.illegalConstruction.fromComplaints", construction, "fromComplaints", "起", period,
                    s.safety()));
            JsonObject hub = answers.get(s.hub()).body();
            f.add(figure("hub.evChargingPileSites", hub, "evChargingPileSites", "处", wholeYear, s.hub()));
            f.add(figure("hub.evSheds", hub, "evSheds", "个", wholeYear, s.hub()));
        }));

        sections.add(section(answers, "services", 5, "社会服务", List.of(s.hub()), f -> {
            JsonObject hub = answers.get(s.hub()).body();
            JsonObject byMode = hub.getJsonObject("serviceRequestsByMode", new JsonObject());
            f.add(new Figure("hub.serviceRequests.total", sum(byMode), "件", wholeYear, null, s.hub()));
            breakdown(f, "hub.serviceRequests.byMode.", byMode, "件", wholeYear, s.hub());
            f.add(figure("hub.serviceRequestsOnTimePercent", hub, "serviceRequestsOnTimePercent", "%", wholeYear,
                    s.hub()));
            f.add(figure("hub.volunteerTeams", hub, "volunteerTeams", "支", wholeYear, s.hub()));
            f.add(figure("hub.volunteerActivities", hub, "volunteerActivities", "次", wholeYear, s.hub()));
            f.add(figure("hub.volunteerHours", hub, "volunteerHours", "小时", wholeYear, s.hub()));
            f.add(figure("hub.disputesHelpedByVolunteers", hub, "disputesHelpedByVolunteers", "件", wholeYear,
                    s.hub()));
            f.add(figure("hub.canteenMeals", hub, "canteenMeals", "份", wholeYear, s.hub()));
            JsonObject points = hub.getJsonObject("servicePointsByType", new JsonObject());
            f.add(new Figure("hub.servicePoints.total", sum(points), "个", wholeYear, null, s.hub()));
            breakdown(f, "hub.servicePoints.byType.", points, "个", wholeYear, s.hub());
        }));

        sections.add(section(answers, "discipline", 6, "作风建设", List.of(s.discipline()), f -> {
            String source = s.discipline();
            JsonObject d = answers.get(source).body();
            f.add(figure("discipline.supervisionChecks", d, "supervisionChecks", "次", period, source));
            f.add(figure("discipline.overdueRectifications", d, "overdueRectifications", "次", period, source));
            JsonObject measures = d.getJsonObject("measures", new JsonObject());
            f.add(figure("discipline.measures.total", measures, "total", "人次", period, source));
            breakdown(f, "discipline.measures.byMeasure.", measures.getJsonObject("byMeasure"), "人次", period,
                    source);
            breakdown(f, "discipline.measures.byForm.", measures.getJsonObject("byForm"), "人次", period, source);
            f.add(figure("discipline.personsConcerned", d, "personsConcerned", "人", period, source));
            f.add(figure("discipline.recommendations", d, "recommendations", "份", period, source));
            f.add(figure("discipline.integrityWorks.total", d.getJsonObject("integrityWorks", new JsonObject()),
                    "total", "件", period, source));
            f.add(figure("discipline.readingCorners", d, "readingCorners", "个", period, source));
            f.add(figure("discipline.studyMeetings.total", d.getJsonObject("studyMeetings", new JsonObject()),
                    "total", "次", period, source));
        }));

        sections.add(section(answers, "partyBuilding", 7, "党建基础", List.of(s.hub()), f -> {
            JsonObject hub = answers.get(s.hub()).body();
            f.add(figure("hub.gridPartyBranches", hub, "gridPartyBranches", "个", wholeYear, s.hub()));
            f.add(figure("hub.redPropertyCommittees", hub, "redPropertyCommittees", "个", wholeYear, s.hub()));
            f.add(figure("hub.redPropertyCommitteeCoveragePercent", hub, "redPropertyCommitteeCoveragePercent", "%",
                    wholeYear, s.hub()));
        }));
        return new AnnualReport(s.through.getYear(), s.through.toString(), period, sections);
    }

    /** A section from its sources' answers, or unavailable with every failed source's reason. */
    private static Section section(Map<String, Fetched> answers, String id, int number, String title,
            List<String> sources, Consumer<List<Figure>> figures) {
        LinkedHashSet<String> reasons = new LinkedHashSet<>();
        sources.forEach(source -> {
            Fetched answer = answers.get(source);
            if (answer.body() == null) {
                reasons.add(answer.reason());
            }
        });
        if (!reasons.isEmpty()) {
            return new Section(id, number, title, false, String.join("; ", reasons), List.of());
        }
        List<Figure> collected = new ArrayList<>();
        try {
            figures.accept(collected);
        } catch (ClassCastException | IllegalStateException unexpected) {
            LOG.warnf("Statistics for section %s are not shaped as expected: %s", id, unexpected.toString());
            return new Section(id, number, title, false, "the statistics of " + String.join(", ", sources)
                    + " are not shaped as the gateway expects", List.of());
        }
        return new Section(id, number, title, true, null, List.copyOf(collected));
    }

    private static Figure figure(String id, JsonObject body, String field, String unit, Period period,
            String source) {
        return new Figure(id, number(body, field), unit, period, null, source);
    }

    private static void breakdown(List<Figure> figures, String prefix, JsonObject counts, String unit,
            Period period, String source) {
        if (counts != null) {
            counts.fieldNames().forEach(code -> figures.add(figure(prefix + code, counts, code, unit, period,
                    source)));
        }
    }

    private static BigDecimal sum(JsonObject counts) {
        BigDecimal total = BigDecimal.ZERO;
        for (String key : counts.fieldNames()) {
            BigDecimal n = number(counts, key);
            total = n == null ? total : total.add(n);
        }
        return total;
    }

    static BigDecimal number(JsonObject body, String field) {
        Object value = body == null ? null : body.getValue(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number) && !(value instanceof String)) {
            throw new IllegalStateException(field + " is not a number");
        }
        try {
            return ReportNumbers.normal(new BigDecimal(value.toString()));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(field + " is not a number", e);
        }
    }

    /** The statistics requests of a report: path and query, as a client would send them to the gateway. */
    public static final class Sources {

        final YearMonth through;
        final Period period;

        Sources(YearMonth through) {
            this.through = through;
            this.period = new Period(LocalDate.of(through.getYear(), 1, 1), through.atEndOfMonth());
        }

        String progress(String indicator) {
            return "/api/economy/indicators/" + indicator + "/progress?year=" + through.getYear() + "&throughMonth="
                    + through.getMonthValue();
        }

        /** The twelve months of the general budget revenue, for the chart of the year's pace. */
        String revenueSeries() {
            return "/api/economy/indicators/GENERAL_BUDGET_REVENUE/series?year=" + through.getYear();
        }

        String units() {
            return "/api/economy/units/summary?year=" + through.getYear();
        }

        String investment() {
            return "/api/economy/investment-projects/summary?year=" + through.getYear() + "&throughMonth="
                    + through.getMonthValue();
        }

        String attraction() {
            return "/api/economy/investment-attraction/summary?year=" + through.getYear();
        }

        String mediation() {
            return "/api/mediation/statistics?from=" + period.from() + "&to=" + period.to();
        }

        String safety() {
            return "/api/safety/statistics?from=" + period.from() + "&to=" + period.to();
        }

        String discipline() {
            return "/api/safety/discipline/statistics?from=" + period.from() + "&to=" + period.to();
        }

        String hub() {
            return "/api/hub/statistics?year=" + through.getYear();
        }

        List<String> economy() {
            List<String> economy = new ArrayList<>();
            List.of("GENERAL_BUDGET_REVENUE", "ABOVE_QUOTA_WHOLESALE_SALES", "ABOVE_QUOTA_RETAIL_SALES",
                    "ABOVE_QUOTA_CATERING_SALES").forEach(code -> economy.add(progress(code)));
            economy.addAll(List.of(units(), investment(), attraction()));
            return economy;
        }

        List<String> all() {
            List<String> all = new ArrayList<>(economy());
            all.addAll(List.of(mediation(), safety(), discipline(), hub()));
            return all;
        }
    }
}
