package cn.jiedao.testing;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * A CloudEvents 1.0 JSON message as another system sends it, for consumer tests:
 * {@code CloudEventFixture.of("police.dispute.referred").source("/county/police").data(json).json()}. The id is
 * a new UUID unless set, so the same fixture sent twice with {@link #id(String)} tests a redelivery.
 * <p>
 * {@link #json()} keeps the producer's contract: an event of a producer the contracts govern
 * ({@link EventContracts#governs}) must validate against the schema of its type in {@code docs/events}, so a
 * consumer is tested with what its producer may send. A test that sends what the contract does not allow on
 * purpose (a poison message, a defensive case) says so with {@link #outsideContract()}.
 */
public final class CloudEventFixture {

    private final String type;
    private String id = UUID.randomUUID().toString();
    private String source = "/jiedao/test";
    private String subject;
    private OffsetDateTime time = OffsetDateTime.parse("2023-10-01T09:00:00+08:00");
    private String dataJson = "{}";
    private boolean outsideContract;

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

    /** The event breaks its type's contract on purpose: {@link #json()} does not check it. */
    public CloudEventFixture outsideContract() {
        this.outsideContract = true;
        return this;
    }

    public String id() {
        return id;
    }

    /**
     * The message; unless {@link #outsideContract()}, an {@link AssertionError} naming each violation when it
     * breaks the contract of its type (or its type has none although its producer's contracts are published).
     */
    public String json() {
        String json = "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"source\":\"" + source
                + "\"" + (subject == null ? "" : ",\"subject\":\"" + subject + "\"") + ",\"time\":\""
                + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time)
                + "\",\"datacontenttype\":\"application/json\",\"data\":" + dataJson + "}";
        if (!outsideContract && EventContracts.governs(type)) {
            EventContracts.assertValid(json);
        }
        return json;
    }
}
