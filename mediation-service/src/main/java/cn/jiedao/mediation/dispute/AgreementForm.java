package cn.jiedao.mediation.dispute;

/** 调解协议形式: an agreement is oral or written. */
public enum AgreementForm {
    ORAL, WRITTEN
}
