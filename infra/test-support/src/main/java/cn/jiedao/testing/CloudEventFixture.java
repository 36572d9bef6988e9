package cn.jiedao.testing;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A CloudEvents 1.0 JSON message as another system sends it, for consumer tests:
 * {@code CloudEventFixture.of("police.dispute.referred").source("/county/police").data(json).json()}. The id is
 * a new UUID unless set, so the same fixture sent twice with {@link #id(String)} tests a redelivery.
 */
public final class CloudEventFixture {

    private final String type;
    private String id = UUID.randomUUID().toString();
    private String source = "/jiedao/test";
    private String subject;
    private OffsetDateTime time = OffsetDateTime.parse("2023-10-01T09:00:00+08:00");
    private String dataJson = "{}";

    private CloudEventFixture(String type) {
        this.type = type;
    }

    public static CloudEventFixture of(String type) {
        return new CloudEventFixture(type);
    }

    public CloudEventFixture id(String id) {
        this.id = id;
        return this;
    }

    public CloudEventFixture source(String source) {
        this.source = source;
        return this;
    }

    public CloudEventFixture subject(String subject) {
        this.subject = subject;
        return this;
    }

    public CloudEventFixture time(OffsetDateTime time) {
        this.time = time;
        return this;
    }

    /** The event's data as JSON text, written as it goes on the wire. */
    public CloudEventFixture data(String json) {
        this.dataJson = json;
        return this;
    }

    public String id() {
        return id;
    }

    public String json() {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"source\":\"" + source
                + "\"" + (subject == null ? "" : ",\"subject\":\"" + subject + "\"") + ",\"time\":\"" + time
                + "\",\"datacontenttype\":\"application/json\",\"data\":" + dataJson + "}";
    }
}
