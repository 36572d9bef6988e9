package cn.jiedao.safety.outreach;

import cn.jiedao.eventing.records.Pages;
import cn.jiedao.eventing.records.Records;
import cn.jiedao.eventing.records.Where;
import cn.jiedao.kernel.figures.Ratios;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.security.Actor;
import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.kernel.web.ETags;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import cn.jiedao.safety.outreach.OutreachViews.FraudMonth;
import cn.jiedao.safety.outreach.OutreachViews.FraudYear;
import cn.jiedao.safety.outreach.OutreachViews.OutreachView;
import cn.jiedao.safety.outreach.OutreachViews.RecordOutreach;
import cn.jiedao.safety.site.Site;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class OutreachService {

    @Inject
    StreetTime time;

    @Transactional
    public OutreachEvent record(RecordOutreach request, Actor actor) {
        if (request.siteId() != null && Site.findById(request.siteId()) == null) {
            throw ProblemException.badRequest("siteId", "no site " + request.siteId() + " is registered");
        }
        OutreachEvent e = new OutreachEvent();
        e.id = UUID.randomUUID();
        e.heldOn = request.heldOn();
        e.kind = request.kind();
        e.topic = request.topic();
        e.place = request.place();
        e.audience = request.audience();
        e.attendance = request.attendance();
        e.siteId = request.siteId();
        e.recordedBy = actor.name();
        e.recordedAt = time.now();
        e.persist();
        return e;
    }

    public OutreachEvent get(UUID id) {
        OutreachEvent e = Records.existing(OutreachEvent.class, id, "Outreach event");
        return e;
    }

    public PageResponse<OutreachView> list(OutreachKind kind, LocalDate from, LocalDate to, PageParams paging) {
        Where where = Where.of().and("kind = :kind", "kind", kind).within("heldOn", from, to);
        return Pages.of(OutreachEvent.<OutreachEvent>find(where.query(), Sort.descending("heldOn").and("id"),
                where.parameters()), paging, OutreachView::of);
    }

    /**
     * Records (or, with If-Match, corrects) a month's count. A month not over yet in street time cannot be
     * reported: its count would be a part of a month.
     */
    @Transactional
    public TelecomFraudMonth report(YearMonth month, String ifMatch, int cases, Actor actor) {
        if (!month.isBefore(time.thisMonth())) {
            throw ProblemException.badRequest("month", "must be a month that is over; " + month + " is not");
        }
        TelecomFraudMonth m = TelecomFraudMonth.findById(month.toString());
        if (m == null) {
            m = new TelecomFraudMonth();
            m.month = month.toString();
            m.cases = cases;
            m.reportedBy = actor.name();
            m.reportedAt = time.now();
            m.persist();
            return m;
        }
        ETags.require(ifMatch, m.version);
        m.cases = cases;
        m.reportedBy = actor.name();
        m.reportedAt = time.now();
        TelecomFraudMonth.getEntityManager().flush();
        return m;
    }

    public FraudYear year(int year) {
        Map<String, Integer> cases = TelecomFraudMonth.<TelecomFraudMonth>list("month like ?1 or month like ?2",
                year + "-%", (year - 1) + "-%").stream()
                .collect(Collectors.toMap(m -> m.month, m -> m.cases, (a, b) -> a));
        List<FraudMonth> months = new ArrayList<>();
        String through = null;
        long total = 0;
        long lastYearTotal = 0;
        boolean comparable = true;
        for (int i = 1; i <= 12; i++) {
            YearMonth month = YearMonth.of(year, i);
            Integer now = cases.get(month.toString());
            Integer before = cases.get(month.minusYears(1).toString());
            months.add(new FraudMonth(month.toString(), now, before,
                    now == null || before == null ? null : Ratios.growthPercent(now, before, 1)));
            if (now != null) {
                through = month.toString();
                total += now;
                if (before == null) {
                    comparable = false;
                } else {
                    lastYearTotal += before;
                }
            }
        }
        return new FraudYear(year, months, through, total, lastYearTotal,
                comparable && through != null ? Ratios.growthPercent(total, lastYearTotal, 1) : null);
    }
}
