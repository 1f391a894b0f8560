package org.zhicheng.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.zhicheng.api.security.AccountService;
import org.zhicheng.api.security.Actor;

/**
 * A production installation starts without any platform account (issue 15): its first administrator is created here,
 * in the Karaf console, with a generated password shown once; they then create the other accounts in the web UI
 * (账户管理) or over REST.
 */
@Command(scope = "zhicheng", name = "admin-create",
        description = "Creates a platform administrator (web UI and REST) with a generated password, shown once")
@Service
public class AdminCreateCommand implements Action {

    @Reference
    AccountService accounts;

    @Argument(index = 0, name = "username", required = true, description = "the new administrator's user name")
    String username;

    @Override
    public Object execute() {
        String password = ConsoleCredentials.generate();
        Actor created = accounts.createAccount(Actor.admin(username.strip()), password.toCharArray(), ShellActor.current());
        System.out.println("created administrator " + created.username() + " with the password " + password
                + " (shown once: keep it safe)");
        return null;
    }
}
