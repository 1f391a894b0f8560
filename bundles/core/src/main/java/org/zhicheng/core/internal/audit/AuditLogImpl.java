package org.zhicheng.core.internal.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CopyOnWriteArrayList;
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
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhicheng.api.audit.AuditEntry;
import org.zhicheng.api.audit.AuditLog;
import org.zhicheng.api.audit.AuditVerification;
import org.zhicheng.api.campaign.CampaignService;

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

    /** Every entry keeps the real instant and the platform's date the act counted on (the rules' today). */
    @Activate
    public AuditLogImpl(@Reference(target = "(osgi.unit.name=zhicheng)") JpaTemplate jpa,
                        @Reference CampaignService campaigns) {
        this(jpa, Clock.systemUTC(), campaigns::today);
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
        this.jpa = jpa;
        this.clock = clock;
        this.platformDate = platformDate;
        createHeadOfEmptyLog();
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

    @Override
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
        em.flush();
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
    public List<AuditEntry> entries(String subject) {
        String about = Input.required(subject, "操作对象", "subject", MAX_SUBJECT_LENGTH);
        return jpa.txExpr(TransactionType.Required, em -> em.createNamedQuery(AuditEntryEntity.FOR_SUBJECT, AuditEntryEntity.class)
                .setParameter("subject", about).getResultList().stream().map(AuditEntryEntity::toRecord).toList());
    }

    @Override
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

    @Override
    public long count() {
        return jpa.txExpr(TransactionType.Required,
                em -> em.createNamedQuery(AuditEntryEntity.COUNT, Long.class).getSingleResult());
    }

    /**
     * Walks the log from entry 1 in pages of {@value #VERIFY_PAGE_SIZE}, each in a short transaction of its own,
     * then, with the head locked so that no append is under way, the entries appended meanwhile, and compares the
     * last entry with the head.
     */
    @Override
    public AuditVerification verify() {
        Walk walk = new Walk();
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
        if (!result.intact()) {
            LOG.error("AUDIT LOG BROKEN at entry {}: {} (R-36)", result.firstBrokenSequence(), result.problem());
        }
        return result;
    }

    /** The state of one verification: where it is in the chain, and the first break found. */
    private static final class Walk {
        private long expected = 1;
        private String previousHash = AuditHash.GENESIS;
        private long checked;
        private AuditVerification broken;

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
