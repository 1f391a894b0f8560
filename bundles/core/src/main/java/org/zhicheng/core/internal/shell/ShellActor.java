package org.zhicheng.core.internal.shell;

import org.zhicheng.api.security.Actor;

/** The Karaf console's users are the prefecture's administrators, logged in through Karaf's own realm. */
final class ShellActor {
    static final Actor ADMIN = Actor.admin("karaf-console");

    private ShellActor() {
    }
}
