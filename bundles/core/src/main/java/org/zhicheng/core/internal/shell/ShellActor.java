package org.zhicheng.core.internal.shell;

import java.security.AccessController;
import java.util.Set;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.zhicheng.api.security.Actor;
import org.zhicheng.core.internal.security.CoreActors;

/**
 * Issue 15: a console command acts as the Karaf user logged in to the console (the JAAS subject Karaf's shell runs it
 * under), as an administrator named {@code <user>@console} in the audit log: never as one fixed account. Only Karaf
 * users of the {@value #KARAF_ADMIN} role act; a session without a user (or another role) is refused.
 */
final class ShellActor {

    static final String KARAF_ADMIN = "admin";
    static final String SUFFIX = "@console";

    private ShellActor() {
    }

    /** The logged-in Karaf user as the platform's administrator. */
    @SuppressWarnings("removal") // Karaf 4.4's shell passes the user as the AccessControlContext's subject
    static Actor current() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        return of(subject);
    }

    static Actor of(Subject subject) {
        Set<UserPrincipal> users = subject == null ? Set.of() : subject.getPrincipals(UserPrincipal.class);
        if (users.isEmpty()) {
            throw new IllegalStateException("控制台命令须由已登录的 Karaf 用户执行 / a console command needs a user logged in to "
                    + "the Karaf console");
        }
        String user = users.iterator().next().getName();
        boolean admin = subject.getPrincipals(RolePrincipal.class).stream().anyMatch(r -> KARAF_ADMIN.equals(r.getName()));
        if (!admin) {
            throw new IllegalStateException("Karaf 用户“" + user + "”没有 admin 角色，不能执行平台命令 / the Karaf user '" + user
                    + "' lacks the admin role the platform's commands need");
        }
        try {
            return CoreActors.issue(Actor.admin(user + SUFFIX)); // the Karaf user, as core vouches for it
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Karaf 用户名“" + user + "”不能作为平台用户名 / the Karaf user name '" + user
                    + "' is not usable as a platform user name: " + e.getMessage(), e);
        }
    }
}
