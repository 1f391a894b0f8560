package org.zhicheng.core.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Principal;
import java.security.PrivilegedAction;
import java.util.Set;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;

/** Issue 15: console commands act as the Karaf user logged in, named in the audit log; nobody else. */
class ShellActorTest {

    private static Subject subject(Principal... principals) {
        return new Subject(true, Set.of(principals), Set.of(), Set.of());
    }

    @Test
    @SuppressWarnings("removal")
    void aCommandActsAsTheLoggedInKarafAdministrator() {
        Actor actor = Subject.doAs(subject(new UserPrincipal("ops-li"), new RolePrincipal("admin")),
                (PrivilegedAction<Actor>) ShellActor::current);
        assertEquals("ops-li@console", actor.username());
        assertEquals(Role.ADMIN, actor.role());
    }

    @Test
    void noUserOrAUserWithoutTheAdminRoleIsRefused() {
        IllegalStateException nobody = assertThrows(IllegalStateException.class, ShellActor::current);
        assertTrue(nobody.getMessage().contains("needs a user logged in"), nobody.getMessage());
        IllegalStateException viewer = assertThrows(IllegalStateException.class,
                () -> ShellActor.of(subject(new UserPrincipal("guest"), new RolePrincipal("viewer"))));
        assertTrue(viewer.getMessage().contains("'guest' lacks the admin role"), viewer.getMessage());
        IllegalStateException badName = assertThrows(IllegalStateException.class,
                () -> ShellActor.of(subject(new UserPrincipal("张 三"), new RolePrincipal("admin"))));
        assertTrue(badName.getMessage().contains("not usable as a platform user name"), badName.getMessage());
    }
}
