package org.zhicheng.core.internal.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import javax.persistence.CacheRetrieveMode;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhicheng.api.audit.AuditEntry;
import org.zhicheng.api.audit.AuditLog;
import org.zhicheng.api.audit.AuditVerification;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.core.internal.security.Access;

/**
 * The audit log (R-36, 谁审查，谁负责) on the zhicheng persistence unit: append-only rows in ZC_AUDIT, each
 * chained to the one before by its hash ({@link AuditHash}), and a one-row head in ZC_AUDIT_HEAD that every append
 * locks, so that appends are serialised and the end of the chain is anchored.
 *
 * <p>Core's workflow services record inside their own transaction with {@link #record(EntityManager, String,
 * String, String, String)}, so that a state change and its audit entry commit or roll back together; they find this
 * class as a service of its own (it is private to core). The head lock is held until that transaction ends and is
 * one lock for the whole platform: record as the last step of the transaction, after the transaction's other locks,
 * so that it is held briefly and always taken last (no lock-order deadlocks).
 */
@Component(service = {AuditLog.class, AuditLogImpl.class})
public class AuditLogImpl implements AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLogImpl.class);

    /** Entries read per query by {@link #verify()}, so that a long log is never loaded at once. */
    static final int VERIFY_PAGE_SIZE = 500;

    private static final Pattern ACTION_CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    /** EclipseLink's hint to read the row again even if the persistence context holds it. */
    private static final String REFRESH = "eclipselink.refresh";
    private static final String RETRIEVE_MODE = "javax.persistence.cache.retrieveMode";
    private static final char LIKE_ESCAPE = '!';

    /** Xinjiang's offices keep Beijing time: the platform's date where none is configured. */
    private static final ZoneId PREFECTURE_ZONE = ZoneId.of("Asia/Shanghai");

    private final JpaTemplate jpa;
    private final Clock clock;
    private final Supplier<LocalDate> platformDate;
    private final List<AuditObserver> observers = new CopyOnWriteArrayList<>();
    /** Issue 15: the chain's head anchored outside the database; null where nothing is anchored (unit tests). */
    private final AuditCheckpoints checkpoints;
    private ScheduledExecutorService anchoring;

    /** Issue 15: who may record entries in their own name through the service (core's acts record with their em). */
    private static final Set<Role> RECORDERS = Set.of(Role.SYSTEM, Role.INTEGRATION);
    /** Issue 15: who may read, verify and export the log (as the audit page and its REST routes). */
    private static final Set<Role> READERS = Set.of(Role.ADMIN, Role.INTEGRATION, Role.SYSTEM);

    /**
     * How often the head is anchored, in seconds. Core's acts append inside their own transaction, which commits
     * after the append returns, so a checkpoint cannot be written with the entry; instead the committed head is
     * anchored at this pace (only when it moved), after every entry recorded through {@link #record(Actor, String,
     * String, String)} and every verification, and at start. An act acknowledged up to this long before a
     * kill -9 is anchored at the next start; every one before is covered by a checkpoint on disk.
     */
    static final long ANCHOR_SECONDS = 1;

    /** Every entry keeps the real instant and the platform's date the act counted on (the rules' today). */
    @Activate
    public AuditLogImpl(@Reference(target = "(osgi.unit.name=zhicheng)") JpaTemplate jpa,
                        @Reference CampaignService campaigns) {
        this(jpa, Clock.systemUTC(), campaigns::today, AuditCheckpoints.inKaraf().orElse(null));
        if (checkpoints == null) {
            return; // outside Karaf (unit tests wiring it as SCR does): no data folder to anchor in
        }
        anchoring = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "zhicheng-audit-anchor");
            thread.setDaemon(true);
            return thread;
        });
        anchoring.scheduleWithFixedDelay(this::anchorQuietly, 0, ANCHOR_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * No database work here, and no interrupt (Derby treats an interrupted I/O as a failure): a deactivation may run
     * while the head row is locked; the next start anchors the head at once.
     */
    @Deactivate
    void stop() {
        if (anchoring != null) {
            anchoring.shutdown();
        }
    }

    /** On the system's clock and date (tests of services that do not move the platform date). */
    public AuditLogImpl(JpaTemplate jpa) {
        this(jpa, Clock.systemUTC());
    }

    AuditLogImpl(JpaTemplate jpa, Clock clock) {
        this(jpa, clock, () -> LocalDate.ofInstant(clock.instant(), PREFECTURE_ZONE));
    }

    /** {@code platformDate} may answer null: entries are then recorded as before the date was kept (format v1). */
    public AuditLogImpl(JpaTemplate jpa, Clock clock, Supplier<LocalDate> platformDate) {
        this(jpa, clock, platformDate, null);
    }

    /** With the head anchored in {@code checkpoints} (null: not anchored). */
    public AuditLogImpl(JpaTemplate jpa, Clock clock, Supplier<LocalDate> platformDate, AuditCheckpoints checkpoints) {
        this.jpa = jpa;
        this.clock = clock;
        this.platformDate = platformDate;
        this.checkpoints = checkpoints;
        createHeadOfEmptyLog();
    }

    /**
     * Writes a checkpoint of the committed head, unless the newest checkpoint already anchors it. A head that does
     * not match its chain is not anchored: verification says what is wrong.
     */
    public void anchor() {
        if (checkpoints == null) {
            return;
        }
        AuditHeadEntity head = jpa.txExpr(TransactionType.Required, em -> findHead(em, LockModeType.NONE));
        if (head != null && head.lastSequence() > checkpoints.lastSequence()) {
            checkpoints.anchor(head.lastSequence(), head.lastHash(), clock.instant());
        }
    }

    private void anchorQuietly() {
        try {
            anchor();
        } catch (RuntimeException e) {
            LOG.warn("Could not write an audit checkpoint (R-36): {}", e.toString());
        }
    }

    /** The platform's date acts count on now, kept with every audit entry and file history entry. */
    public LocalDate platformDate() {
        return platformDate.get();
    }

    /**
     * The head row is created once, for an empty log, outside any caller's transaction: creating it during an
     * append would let two first appends collide. A log with entries but no head was tampered with; it is left as
     * it is, for {@link #verify()} to report, and appends are refused.
     */
    private void createHeadOfEmptyLog() {
        try {
            jpa.tx(TransactionType.Required, em -> {
                if (findHead(em, LockModeType.NONE) != null) {
                    return;
                }
                long entries = em.createNamedQuery(AuditEntryEntity.COUNT, Long.class).getSingleResult();
                if (entries > 0) {
                    LOG.error("The audit log holds {} entries but its head row (ZC_AUDIT_HEAD) is missing: appends are "
                            + "refused; run zhicheng:audit-verify (R-36)", entries);
                    return;
                }
                em.persist(AuditHeadEntity.genesis());
                em.flush();
            });
        } catch (RuntimeException e) {
            // another instance on the same database may have created it at the same moment
            if (!jpa.txExpr(TransactionType.Required, em -> findHead(em, LockModeType.NONE) != null)) {
                throw e;
            }
        }
    }

    /** Issue 15: only the platform itself and integrations, in their own name; anchored at once. */
    @Override
    public AuditEntry record(Actor actor, String action, String subject, String detail) {
        Access.requireRole(actor, RECORDERS, "记录审计日志");
        AuditEntry entry = record(actor.username(), action, subject, detail);
        anchorQuietly();
        return entry;
    }

    /** Appends an entry in its own transaction under any name: core's own use and its tests, not a service. */
    public AuditEntry record(String actor, String action, String subject, String detail) {
        Input input = Input.of(actor, action, subject, detail);
        return jpa.txExpr(TransactionType.Required, em -> append(em, input));
    }

    /**
     * Appends an entry within the caller's transaction, which must be active on {@code em}: the entry is committed
     * or rolled back with whatever else the transaction does. Locks the head of the log until the transaction ends
     * (see the class comment).
     *
     * @throws IllegalArgumentException if an input is blank, too long or malformed (see {@link AuditLog#record})
     * @throws IllegalStateException    if {@code em} has no active transaction, or the log's head row is missing
     */
    public AuditEntry record(EntityManager em, String actor, String action, String subject, String detail) {
        if (em == null) {
            throw new IllegalArgumentException("EntityManager不能为空 / an EntityManager is required");
        }
        Input input = Input.of(actor, action, subject, detail);
        if (!em.isJoinedToTransaction()) {
            throw new IllegalStateException("审计记录须在调用方的事务中写入 / audit entries are recorded inside the caller's "
                    + "active transaction");
        }
        // before the head lock, so that what observers write (messages, outbox rows) does not lengthen it
        LocalDate countedOn = platformDate.get();
        observers.forEach(o -> o.recorded(em, input.actor, input.action, input.subject, input.detail, countedOn));
        return append(em, input);
    }

    /** Acts recorded in a transaction are told to observers in that transaction (notifications, issue 12). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addObserver(AuditObserver observer) {
        observers.add(observer);
    }

    public void removeObserver(AuditObserver observer) {
        observers.remove(observer);
    }

    private AuditEntry append(EntityManager em, Input input) {
        AuditHeadEntity head = findHead(em, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("审计日志头记录缺失，拒绝写入 / the audit log's head row is missing, so nothing can be "
                    + "appended; run zhicheng:audit-verify (R-36)");
        }
        long sequence = head.lastSequence() + 1;
        // never before the previous entry, even if the clock was set back
        Instant now = AuditTime.truncate(clock.instant());
        Instant at = AuditTime.toMicros(now) < head.lastAtMicros() ? AuditTime.fromMicros(head.lastAtMicros()) : now;
        LocalDate countedOn = platformDate.get();
        String hash = AuditHash.of(sequence, at, input.actor, input.action, input.subject, input.detail, head.lastHash(),
                countedOn);
        AuditEntryEntity entry = new AuditEntryEntity(sequence, at, input.actor, input.action, input.subject,
                input.detail, head.lastHash(), hash, countedOn);
        em.persist(entry);
        head.advance(sequence, hash, at);
        // no flush here: the caller's commit writes both rows under the head lock already held, and a flush before it
        // only made EclipseLink compare the whole transaction's objects twice (issue 16 item 1)
        return entry.toRecord();
    }

    /**
     * The head row, read from the database (not from the persistence context), with the lock asked for: with
     * PESSIMISTIC_WRITE a SELECT … FOR UPDATE that waits for the appends in other transactions to end.
     */
    private static AuditHeadEntity findHead(EntityManager em, LockModeType lock) {
        TypedQuery<AuditHeadEntity> query = em.createNamedQuery(AuditHeadEntity.BY_ID, AuditHeadEntity.class)
                .setParameter("id", AuditHeadEntity.THE_ROW)
                .setHint(REFRESH, "true");
        if (lock != LockModeType.NONE) {
            query.setLockMode(lock);
        }
        List<AuditHeadEntity> rows = query.getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    @Override
    public List<AuditEntry> entries(String subject, Actor reader) {
        Access.requireRole(reader, READERS, "查看审计日志");
        return entries(subject);
    }

    /** The entries about a subject for core's own use and tests, unchecked. */
    public List<AuditEntry> entries(String subject) {
        String about = Input.required(subject, "操作对象", "subject", MAX_SUBJECT_LENGTH);
        return jpa.txExpr(TransactionType.Required, em -> em.createNamedQuery(AuditEntryEntity.FOR_SUBJECT, AuditEntryEntity.class)
                .setParameter("subject", about).getResultList().stream().map(AuditEntryEntity::toRecord).toList());
    }

    @Override
    public List<AuditEntry> search(String actorOrNull, String actionOrNull, String subjectPrefixOrNull, Instant fromOrNull,
                                   Instant toOrNull, int offset, int limit, Actor reader) {
        Access.requireRole(reader, READERS, "查看审计日志");
        return search(actorOrNull, actionOrNull, subjectPrefixOrNull, fromOrNull, toOrNull, offset, limit);
    }

    /** The search for core's own use and tests, unchecked. */
    public List<AuditEntry> search(String actorOrNull, String actionOrNull, String subjectPrefixOrNull, Instant fromOrNull,
                                   Instant toOrNull, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("分页参数无效：offset=" + offset + ", limit=" + limit + " / invalid page: offset must "
                    + "be 0 or more and limit 1 to " + MAX_PAGE_SIZE);
        }
        if (fromOrNull != null && toOrNull != null && fromOrNull.isAfter(toOrNull)) {
            throw new IllegalArgumentException("起始时间晚于截止时间 / the start of the period is after its end");
        }
        StringJoiner where = new StringJoiner(" AND ", " WHERE ", "").setEmptyValue("");
        Map<String, Object> parameters = new LinkedHashMap<>();
        String actor = blankToNull(actorOrNull);
        if (actor != null) {
            where.add("e.actor = :actor");
            parameters.put("actor", actor);
        }
        String action = blankToNull(actionOrNull);
        if (action != null) {
            where.add("e.action = :action");
            parameters.put("action", action);
        }
        String prefix = blankToNull(subjectPrefixOrNull);
        if (prefix != null) {
            where.add("e.subject LIKE :prefix ESCAPE '" + LIKE_ESCAPE + "'");
            parameters.put("prefix", escapeLike(prefix) + "%");
        }
        // times are whole microseconds: at >= from ⇔ micros >= ceil(from), at < to ⇔ micros < ceil(to)
        if (fromOrNull != null) {
            where.add("e.atEpochMicros >= :from");
            parameters.put("from", AuditTime.toMicrosCeiling(fromOrNull));
        }
        if (toOrNull != null) {
            where.add("e.atEpochMicros < :to");
            parameters.put("to", AuditTime.toMicrosCeiling(toOrNull));
        }
        String jpql = "SELECT e FROM AuditEntryEntity e" + where + " ORDER BY e.sequence DESC";
        return jpa.txExpr(TransactionType.Required, em -> {
            TypedQuery<AuditEntryEntity> query = em.createQuery(jpql, AuditEntryEntity.class);
            parameters.forEach(query::setParameter);
            return query.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                    .map(AuditEntryEntity::toRecord).toList();
        });
    }

    private static String blankToNull(String filter) {
        return filter == null || filter.isBlank() ? null : filter.strip();
    }

    private static String escapeLike(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                escaped.append(LIKE_ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /**
     * The head's last sequence number and the number of entries, read together in one transaction without a lock
     * (the health check's cheap look: equal on an intact log); the sequence is -1 when the head row is missing.
     */
    public long[] headAndCount() {
        return jpa.txExpr(TransactionType.Required, em -> {
            // the head locked as an append locks it: no append runs between reading the head and counting, so a
            // busy log is not reported as broken (an append holds the lock until it commits)
            AuditHeadEntity head = findHead(em, LockModeType.PESSIMISTIC_WRITE);
            long entries = em.createNamedQuery(AuditEntryEntity.COUNT, Long.class).getSingleResult();
            return new long[] {head == null ? -1 : head.lastSequence(), entries};
        });
    }

    /**
     * Issue 17: the checkpoints file as it is now, unchecked and unaudited, for a backup (taken before the database, so
     * that no checkpoint in it is ahead of the backed-up chain); empty when nothing is anchored.
     */
    public String checkpointsSnapshot() {
        return checkpoints == null ? "" : checkpoints.export();
    }

    @Override
    public long count(Actor reader) {
        Access.requireRole(reader, READERS, "查看审计日志");
        return count();
    }

    /** The log's size for core's own use and tests, unchecked. */
    public long count() {
        return jpa.txExpr(TransactionType.Required,
                em -> em.createNamedQuery(AuditEntryEntity.COUNT, Long.class).getSingleResult());
    }

    @Override
    public AuditVerification verify(Actor reader) {
        Access.requireRole(reader, READERS, "核查审计日志");
        return verify();
    }

    @Override
    public String checkpoints(Actor reader) {
        Access.requireRole(reader, READERS, "导出审计日志检查点");
        // who took the anchors away is on record, and the export covers that entry too
        record(reader.username(), "AUDIT_CHECKPOINTS_EXPORTED", "audit:checkpoints", "");
        if (checkpoints == null) {
            return "";
        }
        anchor();
        return checkpoints.export();
    }

    /**
     * Walks the log from entry 1 in pages of {@value #VERIFY_PAGE_SIZE}, each in a short transaction of its own,
     * then, with the head locked so that no append is under way, the entries appended meanwhile, and compares the
     * last entry with the head and every entry a checkpoint anchors with that checkpoint (issue 15). Then anchors
     * the head it found intact.
     */
    public AuditVerification verify() {
        AuditCheckpoints.Reading anchors = checkpoints == null ? AuditCheckpoints.Reading.NONE : checkpoints.read();
        return walk(new Walk(0, AuditHash.GENESIS, anchors.checkpoints()), anchors);
    }

    @Override
    public AuditVerification verifySinceLast(Actor reader) {
        Access.requireRole(reader, READERS, "核查审计日志");
        return verifySinceLast();
    }

    /**
     * Issue 16: only what is new since the last verification that found the log intact (a full one first): the entry
     * it ended at is read again and must be unchanged, every checkpoint written since must match its entry, and the
     * entries after it are walked as {@link #verify()} walks them. After k new entries it costs O(k); an older entry
     * altered and the chain rehashed up to the verified one is left to the full verification.
     */
    public AuditVerification verifySinceLast() {
        Verified from = verified.get();
        if (from == null) {
            return verify();
        }
        AuditCheckpoints.Reading anchors = checkpoints == null ? AuditCheckpoints.Reading.NONE
                : checkpoints.readFrom(from.checkpoints());
        List<AuditCheckpoints.Checkpoint> older = anchors.checkpoints().stream()
                .filter(c -> c.sequence() <= from.sequence()).toList();
        AuditVerification changed = jpa.txExpr(TransactionType.Required, em -> {
            String verifiedAgain = from.sequence() == 0 ? null : hashOf(em, from.sequence());
            if (from.sequence() > 0 && !from.hash().equals(verifiedAgain)) {
                return new AuditVerification(false, 1, from.sequence(), "entry " + from.sequence() + ", found intact by the "
                        + "last verification, was " + (verifiedAgain == null ? "removed" : "altered") + " since");
            }
            for (AuditCheckpoints.Checkpoint anchor : older) {
                if (!anchor.hash().equals(hashOf(em, anchor.sequence()))) {
                    return new AuditVerification(false, 1, anchor.sequence(), "entry " + anchor.sequence() + " is not the "
                            + "entry checkpoint " + anchor.number() + " of " + anchor.at() + " anchored");
                }
            }
            return null;
        });
        if (changed != null) {
            LOG.error("AUDIT LOG BROKEN at entry {}: {} (R-36)", changed.firstBrokenSequence(), changed.problem());
            return changed;
        }
        List<AuditCheckpoints.Checkpoint> newer = anchors.checkpoints().stream()
                .filter(c -> c.sequence() > from.sequence()).toList();
        return walk(new Walk(from.sequence(), from.hash(), newer), anchors);
    }

    /** The stored hash of an entry (its content is checked when walked), null if there is none. */
    private static String hashOf(EntityManager em, long sequence) {
        List<String> hashes = em.createQuery("SELECT e.hash FROM AuditEntryEntity e WHERE e.sequence = :sequence", String.class)
                .setParameter("sequence", sequence).setHint(RETRIEVE_MODE, CacheRetrieveMode.BYPASS).getResultList();
        return hashes.isEmpty() ? null : hashes.get(0);
    }

    /** How far the last verification found the chain and the checkpoints intact; null before the first (issue 16). */
    private record Verified(long sequence, String hash, AuditCheckpoints.Position checkpoints) {
    }

    private final java.util.concurrent.atomic.AtomicReference<Verified> verified = new java.util.concurrent.atomic.AtomicReference<>();

    private AuditVerification walk(Walk walk, AuditCheckpoints.Reading anchors) {
        boolean more = true;
        while (more) {
            more = jpa.txExpr(TransactionType.Required, walk::page);
        }
        AuditVerification result = walk.broken != null ? walk.broken : jpa.txExpr(TransactionType.Required, em -> {
            AuditHeadEntity head = findHead(em, LockModeType.PESSIMISTIC_WRITE);
            while (walk.page(em)) {
                // entries appended while the first pages were checked
            }
            return walk.broken != null ? walk.broken : walk.endsAt(em, head);
        });
        if (result.intact() && !anchors.sound()) {
            result = new AuditVerification(false, result.entriesChecked(), Math.max(anchors.problemSequence(), 1),
                    anchors.problem());
        }
        if (!result.intact()) {
            LOG.error("AUDIT LOG BROKEN at entry {}: {} (R-36)", result.firstBrokenSequence(), result.problem());
        } else {
            verified.set(new Verified(walk.expected - 1, walk.previousHash, anchors.end()));
            anchorQuietly();
        }
        return result;
    }

    /** The state of one verification: where it is in the chain, and the first break found. */
    private static final class Walk {
        private long expected;
        private String previousHash;
        private long checked;
        private AuditVerification broken;
        /** The checkpoints in sequence order, and the next one the walk has to reach. */
        private final List<AuditCheckpoints.Checkpoint> anchors;
        private int nextAnchor;

        /** From the entry after {@code after}, whose hash is {@code hash} (0 and the genesis hash: the whole log). */
        Walk(long after, String hash, List<AuditCheckpoints.Checkpoint> anchors) {
            this.expected = after + 1;
            this.previousHash = hash;
            this.anchors = anchors;
        }

        /** Checks the next page of entries; true if there may be more to check. */
        boolean page(EntityManager em) {
            if (broken != null) {
                return false;
            }
            List<AuditEntryEntity> rows = em.createNamedQuery(AuditEntryEntity.AFTER, AuditEntryEntity.class)
                    .setParameter("after", expected - 1)
                    .setHint(RETRIEVE_MODE, CacheRetrieveMode.BYPASS)
                    .setHint(REFRESH, "true")
                    .setMaxResults(VERIFY_PAGE_SIZE)
                    .getResultList();
            for (AuditEntryEntity row : rows) {
                if (!check(row)) {
                    return false;
                }
            }
            em.clear();
            return rows.size() == VERIFY_PAGE_SIZE;
        }

        private boolean check(AuditEntryEntity row) {
            checked++;
            long sequence = row.sequence();
            if (sequence != expected) {
                return fail(expected, "gap in sequence: entry " + expected + " is missing (the next entry is " + sequence + ")");
            }
            if (!previousHash.equals(row.previousHash())) {
                return fail(sequence, sequence == 1
                        ? "link broken: entry 1 does not start from the genesis hash"
                        : "link broken: the previous hash of entry " + sequence + " is not the hash of entry "
                        + (sequence - 1) + " (one of them was altered)");
            }
            if (!row.expectedHash().equals(row.hash())) {
                return fail(sequence, "hash mismatch: the content of entry " + sequence + " was altered after it was recorded");
            }
            while (nextAnchor < anchors.size() && anchors.get(nextAnchor).sequence() == sequence) {
                AuditCheckpoints.Checkpoint anchor = anchors.get(nextAnchor++);
                if (!anchor.hash().equals(row.hash())) {
                    return fail(sequence, "entry " + sequence + " is not the entry checkpoint " + anchor.number() + " of "
                            + anchor.at() + " anchored: it was replaced and the chain rewritten after it");
                }
            }
            previousHash = row.hash();
            expected++;
            return true;
        }

        private boolean fail(long sequence, String problem) {
            broken = new AuditVerification(false, checked, sequence, problem);
            return false;
        }

        /** After the last entry: nothing outside the chain, and the head records the same end. */
        AuditVerification endsAt(EntityManager em, AuditHeadEntity head) {
            long last = expected - 1;
            List<Long> stray = em.createQuery("SELECT e.sequence FROM AuditEntryEntity e WHERE e.sequence < 1 ORDER BY e.sequence",
                    Long.class).setMaxResults(1).getResultList();
            if (!stray.isEmpty()) {
                fail(stray.get(0), "entry " + stray.get(0) + " lies outside the chain, whose entries are numbered from 1");
            } else if (head == null) {
                fail(last + 1, "the head row that records the end of the log is missing: entries after entry " + last
                        + " may have been removed");
            } else if (head.lastSequence() > last) {
                fail(last + 1, "entry " + (last + 1) + " is missing: the log ends at entry " + last + " but its head records "
                        + head.lastSequence() + " entries (entries removed from the end)");
            } else if (head.lastSequence() < last) {
                fail(head.lastSequence() + 1, "entry " + (head.lastSequence() + 1) + " was not appended through the audit log: "
                        + "its head records " + head.lastSequence() + " entries");
            } else if (!head.lastHash().equals(previousHash)) {
                fail(Math.max(last, 1), "the last entry does not match the head of the log: entry " + last
                        + " was altered and rehashed, or the head was altered");
            } else if (nextAnchor < anchors.size()) {
                AuditCheckpoints.Checkpoint newest = anchors.get(anchors.size() - 1);
                fail(last + 1, "entries " + (last + 1) + " to " + newest.sequence() + " were removed: the log ends at entry "
                        + last + " but checkpoint " + newest.number() + " of " + newest.at() + " anchored entry "
                        + newest.sequence() + " (the newest entries deleted and the head rewritten)");
            }
            return broken != null ? broken : new AuditVerification(true, checked, 0, "");
        }
    }

    /** Checked, normalised input of one entry. */
    private record Input(String actor, String action, String subject, String detail) {

        static Input of(String actor, String action, String subject, String detail) {
            String who = required(actor, "操作人", "actor", MAX_ACTOR_LENGTH);
            String what = required(action, "操作类型", "action", MAX_ACTION_LENGTH);
            if (!ACTION_CODE.matcher(what).matches()) {
                throw new IllegalArgumentException("操作类型须为大写字母、数字和下划线组成的代码，如 APPLICATION_SUBMITTED：" + what
                        + " / action must be a code of upper-case letters, digits and '_' starting with a letter, "
                        + "e.g. APPLICATION_SUBMITTED: " + what);
            }
            String about = required(subject, "操作对象", "subject", MAX_SUBJECT_LENGTH);
            String why = detail == null ? "" : checked(detail.strip(), "说明", "detail", MAX_DETAIL_LENGTH, true);
            return new Input(who, what, about, why);
        }

        static String required(String value, String chinese, String english, int maxLength) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(chinese + "不能为空 / " + english + " is required");
            }
            return checked(value.strip(), chinese, english, maxLength, false);
        }

        /**
         * No more than the column holds, no control characters (but line breaks and tabs in the detail), no broken
         * UTF-16: such text would not survive the database unchanged, or would encode like other text in the hash.
         */
        private static String checked(String value, String chinese, String english, int maxLength, boolean multiline) {
            if (value.length() > maxLength) {
                throw new IllegalArgumentException(chinese + "不能超过" + maxLength + "个字符（现为" + value.length() + "个） / "
                        + english + " may have at most " + maxLength + " characters, not " + value.length());
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    throw new IllegalArgumentException(chinese + "含有无效字符 / " + english + " contains an unpaired surrogate "
                            + "at position " + i);
                } else if (Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
                    throw new IllegalArgumentException(chinese + "含有控制字符 / " + english + " contains the control character "
                            + String.format("U+%04X", (int) c) + " at position " + i);
                }
            }
            return value;
        }
    }
}
