package org.zhicheng.core.internal.account;

import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.security.AccountService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.unit.NewUnit;

/**
 * Core's own way to seed the demo accounts (issue 15): their published password {@code zhicheng} predates the policy
 * for new passwords, so only the demo loader, inside core, may set it; the hashes use the older iteration count and
 * are upgraded at each account's first login. Not exported: no other bundle sees this interface.
 */
public interface DemoAccounts extends AccountService {

    /** As {@link #createAccount}, for a system actor only, without the new-password policy. */
    Actor createDemoAccount(Actor account, char[] password, Actor system);

    /** As {@link #registerApplicant}, without the new-password policy. */
    Actor registerDemoApplicant(NewApplicant applicant, String username, char[] password);

    /** As {@link #registerApplicantProposingUnit}, without the new-password policy. */
    Actor registerDemoApplicantProposingUnit(NewApplicant applicant, NewUnit unit, String username, char[] password);
}
