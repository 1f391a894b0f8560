package org.zhicheng.core.internal.security;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;

/**
 * Issue 15, no self-granted rights: any bundle can build an {@code Actor} record of any role, so core takes an actor's
 * rights only from the very objects it issued itself (by identity, not by value): the platform's own actors
 * ({@link #system}) and those of core's authentication (an account's login or registration, the console's Karaf user).
 * {@link Access} refuses every other one, however it looks. Issued actors are held weakly: one lives as long as its
 * session or request keeps it.
 */
public final class CoreActors {

    private static final ReferenceQueue<Actor> GONE = new ReferenceQueue<>();
    private static final Set<Issued> ISSUED = ConcurrentHashMap.newKeySet();

    private CoreActors() {
    }

    /** The platform acting, named after the component (for the audit log); for core's own components only. */
    public static Actor system(String component) {
        return issue(new Actor(component, null, Role.SYSTEM, null, null, null, Set.of(), null));
    }

    /**
     * Marks an actor that core's authentication has just established as one core acts for. Only core calls this: the
     * package is not exported, so no other bundle can reach it.
     */
    public static Actor issue(Actor actor) {
        expunge();
        ISSUED.add(new Issued(actor, GONE));
        return actor;
    }

    /** Whether core issued this very object; a look-alike of any role, built elsewhere, is nobody. */
    public static boolean trusted(Actor actor) {
        return actor != null && ISSUED.contains(new Issued(actor, null));
    }

    private static void expunge() {
        for (Object gone = GONE.poll(); gone != null; gone = GONE.poll()) {
            ISSUED.remove(gone);
        }
    }

    /** A weak reference compared by the referent's identity (an equal record built elsewhere is another key). */
    private static final class Issued extends WeakReference<Actor> {

        private final int hash;

        Issued(Actor actor, ReferenceQueue<Actor> queue) {
            super(actor, queue);
            this.hash = System.identityHashCode(actor);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            Actor mine = get();
            return other instanceof Issued issued && mine != null && mine == issued.get();
        }
    }
}
