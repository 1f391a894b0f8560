/**
 * Notifications (消息): the in-app message centre, each account's contact settings, and the channels (email, SMS)
 * core's durable outbox delivers through. Who is told what is decided in core from the workflow.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.zhicheng.api.notify;
