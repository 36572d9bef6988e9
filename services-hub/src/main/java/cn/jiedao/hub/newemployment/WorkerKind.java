package cn.jiedao.hub.newemployment;

/** New-employment workers (新就业群体) a station serves. */
public enum WorkerKind {
    COURIER, DELIVERY_RIDER, RIDE_HAILING_DRIVER, TRUCK_DRIVER, OTHER
}
