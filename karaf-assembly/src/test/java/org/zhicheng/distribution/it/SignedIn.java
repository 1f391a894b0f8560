package org.zhicheng.distribution.it;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.osgi.framework.FrameworkUtil;
import org.zhicheng.api.security.AccountService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.service.ZhichengException;

/**
 * The in-container tests' actors (issue 15, no self-granted rights): core acts only for actors its own authentication
 * issued, so the test bundle signs in like any other caller. Its first administrator comes from the console's
 * {@code zhicheng:admin-create}, run as the Karaf user {@code karaf}; each further test account is created by that
 * administrator and signed in once per container (kept here, as a session would keep it).
 */
final class SignedIn {

    private static final Map<String, Actor> ACTORS = new HashMap<>();
    private static Actor admin;

    private SignedIn() {
    }

    /** An integration account of this name (the role that may drive every step). */
    static synchronized Actor integration(String username) {
        if (!inContainer()) {
            return Actor.integration(username); // Pax Exam's host side builds the options only: it calls no service
        }
        return ACTORS.computeIfAbsent("integration:" + username, key -> account(Actor.integration(username)));
    }

    /** The account of an expert of the pool (registered before). */
    static synchronized Actor expert(String expertId) {
        return ACTORS.computeIfAbsent("expert:" + expertId, key -> account(Actor.expert(expertId, expertId)));
    }

    /** Whether this runs in the container's test bundle (the test classes are loaded on the host side too). */
    private static boolean inContainer() {
        return FrameworkUtil.getBundle(SignedIn.class) != null;
    }

    /** An administrator signed in: the console created its account, with the password it showed once. */
    static synchronized Actor admin() {
        if (admin == null) {
            String username = "it-admin-" + UUID.randomUUID().toString().substring(0, 8);
            Console.Answer created;
            long deadline = System.currentTimeMillis() + ContainerTestSupport.SERVICE_TIMEOUT_MS;
            try {
                do { // core's commands appear a little after its services
                    created = new Console(ContainerTestSupport.service(SessionFactory.class)).run("zhicheng:admin-create " + username);
                    if (created.succeeded() || !String.valueOf(created.error()).contains("not found")) {
                        break;
                    }
                    Thread.sleep(500);
                } while (System.currentTimeMillis() < deadline);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (Exception e) {
                throw new IllegalStateException("zhicheng:admin-create failed", e);
            }
            Matcher shown = SHOWN_ONCE.matcher(created.output());
            if (!created.succeeded() || !shown.find()) {
                throw new IllegalStateException("zhicheng:admin-create failed: " + created);
            }
            admin = signIn(username, shown.group(1));
        }
        return admin;
    }

    private static final Pattern SHOWN_ONCE = Pattern.compile("with the password (\\S+) \\(shown once");

    static String password(String username) {
        return "secret-" + username + "-in-container";
    }

    private static Actor account(Actor account) {
        AccountService accounts = ContainerTestSupport.service(AccountService.class);
        try {
            accounts.createAccount(account, password(account.username()).toCharArray(), admin());
        } catch (ZhichengException e) {
            if (!"USERNAME_TAKEN".equals(e.code())) {
                throw e;
            }
        }
        return signIn(account.username(), password(account.username()));
    }

    private static Actor signIn(String username, String password) {
        Optional<Actor> in = ContainerTestSupport.service(AccountService.class).authenticate(username, password.toCharArray());
        return in.orElseThrow(() -> new IllegalStateException("the test account " + username + " could not sign in"));
    }
}
