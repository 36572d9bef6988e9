package cn.jiedao.hub.servicerequest;

/** The steps of a one-window request; RECEIVE is its creation, NOTE a status note that moves nothing. */
public enum ServiceRequestStep {
    RECEIVE, ACCEPT, COMPLETE, REJECT, REFER, NOTE
}
