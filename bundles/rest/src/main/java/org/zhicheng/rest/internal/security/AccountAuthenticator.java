package org.zhicheng.rest.internal.security;

import java.util.Optional;

import org.zhicheng.api.security.AccountService;

/**
 * Checks HTTP Basic credentials against the platform's accounts, through core's one login check (issue 15): core
 * throttles failures per account and client address and remembers a verified password briefly (salted, forgotten on
 * a reset), so that HTTP Basic does not pay the deliberately slow hash on every request.
 */
final class AccountAuthenticator {

    private final AccountService accounts;

    AccountAuthenticator(AccountService accounts) {
        this.accounts = accounts;
    }

    /** Empty for wrong credentials; throws {@link org.zhicheng.api.security.LoginLockedException} while locked. */
    Optional<ApiPrincipal> authenticate(String user, char[] password, String clientAddress) {
        return accounts.authenticate(user, password, clientAddress).map(ApiPrincipal::new);
    }
}
