package cn.jiedao.hub.servicerequest;

/** 一窗受理、全科服务: the five service modes. */
public enum ServiceMode {
    SELF_SERVICE, PRE_REVIEW, ON_SITE_ACCEPTANCE, PROXY_HANDLING, ASSISTED_HANDLING
}
