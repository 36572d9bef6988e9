package cn.jiedao.safety.discipline;

/** 学习会的类别: theory study, business exchange, discipline lecture, case exchange. */
public enum StudyMeetingKind {
    THEORY, BUSINESS_EXCHANGE, DISCIPLINE_LECTURE, CASE_EXCHANGE
}
