package org.zhicheng.api.audit;

import java.time.Instant;
import java.util.List;

import org.zhicheng.api.security.Actor;

/**
 * The platform's append-only audit log (R-36, "whoever reviews is responsible"). Entries cannot be changed or
 * removed through this interface; changes made behind its back, in the database, are found by {@link #verify(Actor)},
 * even when the newest entries were removed and the head row rewritten: the chain's end is anchored outside the
 * database by signed checkpoints (issue 15, see {@link #checkpoints(Actor)}).
 *
 * <p>Core checks every operation by the actor's role (issue 15): the platform itself and integrations record;
 * administrators and integrations search, verify and export.
 */
public interface AuditLog {

    /** Longest actor accepted, in characters. */
    int MAX_ACTOR_LENGTH = 100;
    /** Longest action code accepted, in characters. */
    int MAX_ACTION_LENGTH = 64;
    /** Longest subject accepted, in characters. */
    int MAX_SUBJECT_LENGTH = 200;
    /** Longest detail accepted, in characters. */
    int MAX_DETAIL_LENGTH = 2000;
    /** Largest page {@link #search} returns. */
    int MAX_PAGE_SIZE = 1000;

    /**
     * Appends an entry in its own transaction and returns it with its sequence number, time and hashes.
     *
     * @param actor   who acted: the platform itself or an integration, recorded under its user name; others are
     *                refused with {@code FORBIDDEN}
     * @param action  stable code of what was done: upper-case letters, digits and '_', starting with a letter,
     *                e.g. {@code APPLICATION_RETURNED}; required
     * @param subject what it was done to, e.g. {@code application:42}; required
     * @param detail  why, or further facts; may be null or empty
     * @throws IllegalArgumentException if a required value is blank, too long or malformed
     */
    AuditEntry record(Actor actor, String action, String subject, String detail);

    /**
     * Every entry about exactly this subject, oldest first.
     *
     * @param reader an administrator or an integration; others are refused with {@code FORBIDDEN} (issue 15)
     */
    List<AuditEntry> entries(String subject, Actor reader);

    /**
     * A page of entries matching every given filter (null means "any"), newest first.
     *
     * @param actorOrNull         exact actor
     * @param actionOrNull        exact action code
     * @param subjectPrefixOrNull subjects starting with this text, e.g. {@code application:} (no wildcards)
     * @param fromOrNull          entries at or after this instant
     * @param toOrNull            entries before this instant
     * @param offset              entries to skip, 0 or more
     * @param limit               page size, 1 to {@link #MAX_PAGE_SIZE}
     * @param reader              an administrator or an integration; others are refused with {@code FORBIDDEN}
     */
    List<AuditEntry> search(String actorOrNull, String actionOrNull, String subjectPrefixOrNull, Instant fromOrNull,
                            Instant toOrNull, int offset, int limit, Actor reader);

    /** How many entries the log holds; for an administrator or an integration, as {@link #entries} (issue 15). */
    long count(Actor reader);

    /**
     * Walks the whole log in sequence order, recomputing every hash and link, checks every signed checkpoint's
     * signature and that the chain still holds the entry each one anchors, and reports the first entry that was
     * altered, removed or inserted, or the first checkpoint that was forged.
     *
     * @param reader an administrator or an integration; others are refused with {@code FORBIDDEN}
     */
    AuditVerification verify(Actor reader);

    /**
     * Only what is new since the last verification that found the log intact (the whole log the first time after a
     * start): the entry that verification ended at must be unchanged, every checkpoint written since must match its
     * entry, and the entries after it are checked as {@link #verify(Actor)} checks them, so that k new entries cost
     * O(k) (issue 16). {@code entriesChecked} counts the entries walked. Alterations further back are found by
     * {@link #verify(Actor)}.
     *
     * @param reader an administrator or an integration; others are refused with {@code FORBIDDEN}
     */
    AuditVerification verifySinceLast(Actor reader);

    /**
     * The signed checkpoints of the chain's head, oldest first, one per line as kept in the platform's data folder
     * ({@code data/audit-checkpoints.log}): for safekeeping outside the platform, so that a later copy can be
     * compared with what was exported.
     *
     * @param reader an administrator or an integration; others are refused with {@code FORBIDDEN}
     */
    String checkpoints(Actor reader);
}
