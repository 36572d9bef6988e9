package cn.jiedao.eventing;

/**
 * A message that can never be handled, whatever the retries: not JSON, not a CloudEvent, missing or invalid
 * data. Thrown by a consumer, it sends the message to the topic's dead-letter queue with this reason.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String reason) {
        super(reason);
    }

    public InvalidEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
