package org.zhicheng.api.audit;

import java.time.Instant;
import java.util.List;

/**
 * The platform's append-only audit log (R-36, "whoever reviews is responsible"). Entries cannot be changed or
 * removed through this interface; changes made behind its back, in the database, are found by {@link #verify()}.
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
     * @param actor   who acted (user name or system component); required
     * @param action  stable code of what was done: upper-case letters, digits and '_', starting with a letter,
     *                e.g. {@code APPLICATION_RETURNED}; required
     * @param subject what it was done to, e.g. {@code application:42}; required
     * @param detail  why, or further facts; may be null or empty
     * @throws IllegalArgumentException if a required value is blank, too long or malformed
     */
    AuditEntry record(String actor, String action, String subject, String detail);

    /** Every entry about exactly this subject, oldest first. */
    List<AuditEntry> entries(String subject);

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
     */
    List<AuditEntry> search(String actorOrNull, String actionOrNull, String subjectPrefixOrNull, Instant fromOrNull,
                            Instant toOrNull, int offset, int limit);

    /** How many entries the log holds. */
    long count();

    /**
     * Walks the whole log in sequence order, recomputing every hash and link, and reports the first entry that
     * was altered, removed or inserted.
     */
    AuditVerification verify();
}
