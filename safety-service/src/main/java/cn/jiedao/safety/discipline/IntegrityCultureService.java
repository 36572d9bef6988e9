package cn.jiedao.safety.discipline;

import cn.jiedao.eventing.records.Pages;
import cn.jiedao.eventing.records.Records;
import cn.jiedao.eventing.records.Where;
import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.web.PageParams;
import cn.jiedao.kernel.web.PageResponse;
import cn.jiedao.safety.discipline.DisciplineViews.IntegrityWorkView;
import cn.jiedao.safety.discipline.DisciplineViews.OpenReadingCorner;
import cn.jiedao.safety.discipline.DisciplineViews.ReadingCornerView;
import cn.jiedao.safety.discipline.DisciplineViews.RecordIntegrityWork;
import cn.jiedao.safety.discipline.DisciplineViews.RecordStudyMeeting;
import cn.jiedao.safety.discipline.DisciplineViews.StudyMeetingView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;

/** 廉洁文化: integrity works collected, reading corners (勤廉书屋), study meetings. */
@ApplicationScoped
public class IntegrityCultureService {

    @Transactional
    public IntegrityWorkView recordWork(RecordIntegrityWork request) {
        IntegrityWork w = new IntegrityWork();
        w.id = UUID.randomUUID();
        w.kind = request.kind();
        w.title = request.title();
        w.author = request.author();
        w.collectedOn = request.collectedOn();
        w.persist();
        return IntegrityWorkView.of(w);
    }

    public IntegrityWorkView work(UUID id) {
        IntegrityWork w = Records.existing(IntegrityWork.class, id, "IntegrityWork");
        return IntegrityWorkView.of(w);
    }

    public PageResponse<IntegrityWorkView> works(IntegrityWorkKind kind, LocalDate from, LocalDate to,
            PageParams paging) {
        Where where = Where.of().and("kind = :kind", "kind", kind).within("collectedOn", ordered(from, to), to);
        return Pages.of(IntegrityWork.<IntegrityWork>find(where.query(), Sort.descending("collectedOn").and("id"),
                where.parameters()), paging, IntegrityWorkView::of);
    }

    /** A reading corner; a service point has one at most (409). */
    @Transactional
    public ReadingCornerView openCorner(OpenReadingCorner request) {
        if (ReadingCorner.count("servicePointCode", request.servicePointCode()) > 0) {
            throw ProblemException.conflict("The service point " + request.servicePointCode()
                    + " has its reading corner").with("field", "servicePointCode");
        }
        ReadingCorner c = new ReadingCorner();
        c.id = UUID.randomUUID();
        c.name = request.name();
        c.servicePointCode = request.servicePointCode();
        c.openedOn = request.openedOn();
        c.books = request.books();
        c.persist();
        return ReadingCornerView.of(c);
    }

    public ReadingCornerView corner(UUID id) {
        ReadingCorner c = Records.existing(ReadingCorner.class, id, "ReadingCorner");
        return ReadingCornerView.of(c);
    }

    public PageResponse<ReadingCornerView> corners(String servicePointCode, PageParams paging) {
        Where where = Where.of().and("servicePointCode = :code", "code", servicePointCode);
        return Pages.of(ReadingCorner.<ReadingCorner>find(where.query(), Sort.ascending("openedOn", "id"),
                where.parameters()), paging, ReadingCornerView::of);
    }

    @Transactional
    public StudyMeetingView recordMeeting(RecordStudyMeeting request) {
        StudyMeeting m = new StudyMeeting();
        m.id = UUID.randomUUID();
        m.kind = request.kind();
        m.heldOn = request.heldOn();
        m.topic = request.topic();
        m.attendance = request.attendance();
        m.persist();
        return StudyMeetingView.of(m);
    }

    public StudyMeetingView meeting(UUID id) {
        StudyMeeting m = Records.existing(StudyMeeting.class, id, "StudyMeeting");
        return StudyMeetingView.of(m);
    }

    public PageResponse<StudyMeetingView> meetings(StudyMeetingKind kind, LocalDate from, LocalDate to,
            PageParams paging) {
        Where where = Where.of().and("kind = :kind", "kind", kind).within("heldOn", ordered(from, to), to);
        return Pages.of(StudyMeeting.<StudyMeeting>find(where.query(), Sort.descending("heldOn").and("id"),
                where.parameters()), paging, StudyMeetingView::of);
    }

    /** {@code from}, unless the period ends before it begins: a 400 naming {@code to}. */
    private static LocalDate ordered(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.badRequest("to", "must not be before from " + from);
        }
        return from;
    }
}
