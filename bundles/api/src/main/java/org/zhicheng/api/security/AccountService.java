package org.zhicheng.api.security;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.unit.NewUnit;

/**
 * The platform's accounts. Passwords are kept only as salted PBKDF2 hashes. Refusals are
 * {@link org.zhicheng.api.service.ZhichengException}s with a stable code.
 */
@ProviderType
public interface AccountService {

    /** Shortest new password accepted (issue 15; existing shorter passwords still log in). */
    int MIN_PASSWORD_LENGTH = 10;

    /**
     * The account's actor when the user name and password match an enabled account; empty otherwise. Counts against
     * the account's failed logins, without a client address; see {@link #authenticate(String, char[], String)}.
     */
    Optional<Actor> authenticate(String username, char[] password);

    /**
     * The one check every login goes through (UI and REST): as {@link #authenticate(String, char[])}, with failures
     * counted per account and per client address, answered after a growing delay, and refused with
     * {@link LoginLockedException} (even with the right password) while either is locked.
     *
     * @param clientAddress the client's address as the server sees it; null when unknown
     * @since 1.3
     */
    Optional<Actor> authenticate(String username, char[] password, String clientAddress);

    /**
     * Public self-registration: registers the applicant and their applicant account in one transaction; a
     * second registration with the same ID number or user name is refused and changes nothing.
     */
    Actor registerApplicant(NewApplicant applicant, String username, char[] password);

    /**
     * Self-registration with a unit not yet on record: proposes the unit (to be confirmed by its county bureau, or an
     * administrator for a prefecture-direct unit) and registers the applicant and their account as its staff, in one
     * transaction. The applicant may log in but opens no file before the unit is confirmed.
     *
     * @since 1.1
     */
    Actor registerApplicantProposingUnit(NewApplicant applicant, NewUnit unit, String username, char[] password);

    /** An administrator creates an account of any role but {@link Role#SYSTEM}. */
    Actor createAccount(Actor account, char[] password, Actor admin);

    /** An administrator sets a new password (the user forgot theirs). */
    void resetPassword(String username, char[] newPassword, Actor admin);

    /** An administrator disables or enables an account; a disabled account cannot log in. */
    void setEnabled(String username, boolean enabled, Actor admin);

    /** A page of accounts ordered by user name, for an administrator. */
    List<Actor> accounts(int offset, int limit, Actor admin);

    long countAccounts(Actor admin);

    /**
     * A page of the accounts whose user name or display name contains {@code text} (any account when blank), ordered
     * by user name, for an administrator.
     *
     * @since 1.2
     */
    List<Actor> accounts(String text, int offset, int limit, Actor admin);

    /** @since 1.2 */
    long countAccounts(String text, Actor admin);
}
