package cn.jiedao.safety.discipline;

/** 问责处理方式: the measures of the four forms (四种形态), each with its form. */
public enum DisciplineMeasure {
    REMINDER_TALK(MeasureForm.FIRST),
    CRITICISM_AND_EDUCATION(MeasureForm.FIRST),
    LETTER_INQUIRY(MeasureForm.FIRST),
    CIRCULATED_CRITICISM(MeasureForm.FIRST),
    ADMONISHMENT(MeasureForm.FIRST),
    PRE_APPOINTMENT_TALK(MeasureForm.FIRST),
    DUTY_TALK(MeasureForm.FIRST),
    HOME_VISIT(MeasureForm.FIRST),
    ORDERED_SELF_CRITICISM(MeasureForm.FIRST),
    PARTY_ACCOUNTABILITY(MeasureForm.FIRST),
    PARTY_WARNING(MeasureForm.SECOND),
    SERIOUS_PARTY_WARNING(MeasureForm.SECOND),
    GOVERNMENT_WARNING(MeasureForm.SECOND),
    DEMERIT(MeasureForm.SECOND),
    MAJOR_DEMERIT(MeasureForm.SECOND),
    REMOVAL_FROM_PARTY_POST(MeasureForm.THIRD),
    PARTY_PROBATION(MeasureForm.THIRD),
    DEMOTION(MeasureForm.THIRD),
    DISMISSAL(MeasureForm.THIRD),
    EXPULSION(MeasureForm.THIRD),
    TRANSFERRED_FOR_PROSECUTION(MeasureForm.FOURTH);

    private final MeasureForm form;

    DisciplineMeasure(MeasureForm form) {
        this.form = form;
    }

    public MeasureForm form() {
        return form;
    }
}
