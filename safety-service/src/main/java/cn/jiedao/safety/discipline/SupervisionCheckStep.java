package cn.jiedao.safety.discipline;

/** The steps of a supervision check; a failed verification sends the rectification back. */
public enum SupervisionCheckStep {
    RECORD, REQUIRE_RECTIFICATION, REPORT_RECTIFICATION, PASS_VERIFICATION, FAIL_VERIFICATION
}
