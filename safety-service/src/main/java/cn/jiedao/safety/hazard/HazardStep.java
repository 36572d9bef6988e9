package cn.jiedao.safety.hazard;

/** The steps of a hazard; a re-inspection is one endpoint with two outcomes, hence two steps. */
public enum HazardStep {
    FIND, REPORT_RECTIFICATION, PASS_VERIFICATION, FAIL_VERIFICATION, CLOSE_UNFIXED, REQUEST_EXTENSION,
    APPROVE_EXTENSION, REFUSE_EXTENSION
}
