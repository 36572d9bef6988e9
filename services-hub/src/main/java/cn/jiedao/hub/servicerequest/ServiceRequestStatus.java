package cn.jiedao.hub.servicerequest;

/** Where a one-window request stands. */
public enum ServiceRequestStatus {
    RECEIVED, ACCEPTED, COMPLETED, REJECTED, REFERRED;

    public boolean isOpen() {
        return this == RECEIVED || this == ACCEPTED;
    }
}
