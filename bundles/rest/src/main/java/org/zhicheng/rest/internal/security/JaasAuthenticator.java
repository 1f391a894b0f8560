package org.zhicheng.rest.internal.security;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.AccountException;
import javax.security.auth.login.CredentialException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Checks a user name and password against a Karaf JAAS realm ({@code jaas:realm-list}). */
final class JaasAuthenticator {

    private static final Logger LOG = LoggerFactory.getLogger(JaasAuthenticator.class);

    private final String realm;

    JaasAuthenticator(String realm) {
        this.realm = realm;
    }

    Optional<ApiPrincipal> authenticate(String user, char[] password) {
        Subject subject = new Subject();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // LoginContext loads the realm's login module (Karaf's ProxyLoginModule) through the thread context class
        // loader, which on a Jetty/CXF request thread need not see it. This bundle's loader does: Karaf
        // boot-delegates org.apache.karaf.jaas.boot.
        thread.setContextClassLoader(JaasAuthenticator.class.getClassLoader());
        try {
            LoginContext login = new LoginContext(realm, subject, callbacks -> {
                for (Callback callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(user);
                    } else if (callback instanceof PasswordCallback secret) {
                        secret.setPassword(password);
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
            login.login();
        } catch (FailedLoginException | AccountException | CredentialException refused) {
            LOG.debug("REST login of '{}' refused: {}", user, refused.getMessage());
            return Optional.empty();
        } catch (LoginException e) {
            LOG.warn("REST login of '{}' against JAAS realm '{}' failed", user, realm, e);
            return Optional.empty();
        } finally {
            thread.setContextClassLoader(previous);
        }
        String name = subject.getPrincipals(UserPrincipal.class).stream().map(Principal::getName).findFirst().orElse(user);
        Set<String> roles = subject.getPrincipals(RolePrincipal.class).stream().map(Principal::getName)
                .collect(Collectors.toSet());
        return Optional.of(new ApiPrincipal(name, roles));
    }
}
