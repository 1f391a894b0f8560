package org.zhicheng.core.internal.notify;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Config Admin pid {@code org.zhicheng.notify}: the message centre's channels and the outbox worker. */
@ObjectClassDefinition(name = "Zhicheng notifications")
public @interface NotifyConfiguration {

    @AttributeDefinition(description = "Channels messages are also sent through, besides the message centre: EMAIL, SMS"
            + " (comma-separated; empty for none). A row waits in the outbox until its channel is configured.")
    String channels() default "EMAIL,SMS";

    @AttributeDefinition(description = "Whether the background worker delivers the outbox")
    boolean workerEnabled() default true;

    @AttributeDefinition(description = "Seconds between two looks at the outbox")
    int pollSeconds() default 5;

    @AttributeDefinition(description = "Rows sent per look")
    int batchSize() default 20;

    @AttributeDefinition(description = "Attempts per message before it is marked FAILED")
    int maxAttempts() default 8;

    @AttributeDefinition(description = "Seconds before the first retry; doubled after each failure")
    int retrySeconds() default 30;

    @AttributeDefinition(description = "Longest wait between two retries, in seconds")
    int maxRetrySeconds() default 3600;

    @AttributeDefinition(description = "Seconds after which a claimed row not confirmed sent is claimed again")
    int claimTimeoutSeconds() default 300;

    @AttributeDefinition(description = "Seconds between two checks for deadlines falling tomorrow")
    int reminderSeconds() default 3600;

    @AttributeDefinition(description = "Domain of the Message-ID of outgoing mail (<zhicheng-outbox-N@domain>)")
    String messageIdDomain() default "zhicheng.local";
}
