package cn.jiedao.mediation.dispute;

/** 受理渠道: where a dispute came in. */
public enum IntakeChannel {
    WALK_IN, PEOPLES_BRIDGE, ROUND_TABLE, GRID_REPORT, DEPUTY_STATION, POLICE_REFERRAL, HOTLINE_12345, VOLUNTEER
}
