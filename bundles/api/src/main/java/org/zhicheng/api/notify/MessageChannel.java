package org.zhicheng.api.notify;

/**
 * A way out for messages (email, SMS), registered as an OSGi service with the property {@link #CHANNEL} naming it;
 * core's outbox worker delivers each row through the channel of its name. A prefecture may register its own (e.g. a
 * provider's SMS API) instead of the configurable HTTP gateway.
 */
public interface MessageChannel {

    /** Service property: the channel's name, {@link #EMAIL} or {@link #SMS}. */
    String CHANNEL = "zhicheng.channel";
    String EMAIL = "EMAIL";
    String SMS = "SMS";

    /** Whether the channel is configured to send now; the outbox keeps its rows until it is. */
    boolean ready();

    /**
     * Sends one message or throws; returns only when the receiving server accepted it.
     *
     * @throws Exception anything that failed: the outbox retries later with backoff
     */
    void send(OutgoingMessage message) throws Exception;
}
