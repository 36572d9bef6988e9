package cn.jiedao.mediation.dispute;

/** 当事人身份. */
public enum PartyRole {
    APPLICANT, RESPONDENT
}
