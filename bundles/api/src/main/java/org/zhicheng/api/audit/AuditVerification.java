package org.zhicheng.api.audit;

/**
 * The result of checking the whole audit log.
 *
 * @param intact              whether every entry's hash and link are right and the sequence has no gap
 * @param entriesChecked      how many entries were examined (all of them when intact; up to and including the
 *                            first broken one otherwise)
 * @param firstBrokenSequence the sequence number of the first entry that is altered, missing or wrongly
 *                            linked; 0 if intact
 * @param problem             what is wrong with it, in words; empty if intact
 */
public record AuditVerification(boolean intact, long entriesChecked, long firstBrokenSequence, String problem) {
}
