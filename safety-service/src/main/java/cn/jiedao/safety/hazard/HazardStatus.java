package cn.jiedao.safety.hazard;

/** 隐患状态: rectifying, rectification reported, closed after a passed re-inspection, or closed without a fix. */
public enum HazardStatus {
    OPEN, RECTIFICATION_REPORTED, CLOSED_FIXED, CLOSED_UNFIXED;

    public boolean isClosed() {
        return this == CLOSED_FIXED || this == CLOSED_UNFIXED;
    }
}
