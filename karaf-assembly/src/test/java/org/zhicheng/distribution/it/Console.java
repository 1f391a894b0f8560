package org.zhicheng.distribution.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;

/**
 * Runs a command line in a session of the container's own Karaf console, as an administrator typing it would (and as
 * Karaf's itests do): what the command prints, and the message of the error the console would show, if any.
 */
final class Console {

    /** What the console printed, and the error message it showed ({@code null} when the command succeeded). */
    record Answer(String output, String error) {

        boolean succeeded() {
            return error == null;
        }

        @Override
        public String toString() {
            return output + (error == null ? "" : "\nError executing command: " + error);
        }
    }

    private static final long TIMEOUT_SECONDS = 60;

    private final SessionFactory sessions;

    Console(SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** A Karaf user logged in to the console with the given roles, as Karaf's own itests log in (issue 15). */
    static Subject user(String name, String... roles) {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(name));
        for (String role : roles) {
            subject.getPrincipals().add(new RolePrincipal(role));
        }
        return subject;
    }

    /** As the Karaf administrator {@code karaf} (the console's default user). */
    Answer run(String commandLine) throws Exception {
        return runAs(user("karaf", "admin"), commandLine);
    }

    /** As the given Karaf user ({@code null}: a session without a logged-in user). */
    @SuppressWarnings("removal") // Karaf 4.4's shell reads the user from the AccessControlContext's subject
    Answer runAs(Subject subject, String commandLine) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        // the session prints through System.out, which Karaf routes per thread to the session's streams
        try (Session session = sessions.create(new ByteArrayInputStream(new byte[0]), out, out)) {
            Future<String> error = thread.submit(() -> {
                try {
                    Object result = subject == null ? session.execute(commandLine)
                            : Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> session.execute(commandLine));
                    if (result != null) {
                        out.println(result);
                    }
                    return null;
                } catch (Exception e) {
                    Throwable cause = e instanceof java.security.PrivilegedActionException ? e.getCause() : e;
                    return cause.getMessage() == null ? cause.toString() : cause.getMessage();
                }
            });
            String message = error.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            out.flush();
            return new Answer(bytes.toString(StandardCharsets.UTF_8), message);
        } finally {
            thread.shutdownNow();
        }
    }
}
