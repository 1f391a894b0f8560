package org.zhicheng.api.notify;

import java.util.List;
import java.util.Locale;

import org.zhicheng.api.security.Actor;

/** The message centre: every call acts for the given actor, who sees and changes only their own messages. */
public interface NotificationService {

    /** The actor's messages, newest first, {@code limit} (1..100) from {@code offset}, in the locale's language. */
    List<Notification> mine(Actor actor, int offset, int limit, Locale locale);

    /** How many of the actor's messages are unread. */
    long unreadCount(Actor actor);

    /**
     * Marks one of the actor's messages read.
     *
     * @throws org.zhicheng.api.service.ZhichengException UNKNOWN_NOTIFICATION when it is not the actor's
     */
    Notification markRead(long notificationId, Actor actor, Locale locale);

    /** Marks all of the actor's messages read; answers how many were unread. */
    int markAllRead(Actor actor);

    /** Where the actor receives email and SMS. */
    ContactSettings contact(Actor actor);

    /**
     * Changes where the actor receives email and SMS.
     *
     * @throws org.zhicheng.api.service.ZhichengException INVALID_INPUT naming the field ({@code email}, {@code mobile})
     */
    ContactSettings updateContact(ContactSettings settings, Actor actor);
}
