package org.zhicheng.core.internal.account;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Config Admin pid {@code org.zhicheng.login}: throttling of failed logins and the cache of verified credentials. */
@ObjectClassDefinition(name = "Zhicheng login", description = "Throttling of failed logins (UI and REST alike)")
public @interface LoginConfiguration {

    @AttributeDefinition(description = "Failed logins of one account before it is locked")
    int accountMaxFailures() default 5;

    @AttributeDefinition(description = "Failed logins from one client address before it is locked")
    int addressMaxFailures() default 30;

    @AttributeDefinition(description = "Seconds a lockout lasts; failures older than this are forgotten")
    int lockoutSeconds() default 900;

    @AttributeDefinition(description = "Delay after the first failure in milliseconds, doubled with each further one")
    int delayMillis() default 250;

    @AttributeDefinition(description = "Longest delay after a failure in milliseconds")
    int maxDelayMillis() default 4000;

    @AttributeDefinition(description = "Seconds a verified user name and password are remembered (0: verify every time)")
    int credentialSeconds() default 300;
}
