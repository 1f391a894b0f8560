package org.zhicheng.core.internal.certificate;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.zhicheng.api.campaign.Campaign;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.certificate.Certificate;
import org.zhicheng.api.certificate.CertificateService;
import org.zhicheng.api.certificate.CertificateVerification;
import org.zhicheng.api.certificate.FilingRecord;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.workflow.WorkflowAct;
import org.zhicheng.core.internal.FileHistory;
import org.zhicheng.core.internal.Refusals;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.persistence.ApplicationEntity;
import org.zhicheng.core.internal.security.Access;
import org.zhicheng.core.internal.security.Act;
import org.zhicheng.core.internal.security.FileScope;
import org.zhicheng.core.internal.workflow.Transitions;

/**
 * Certificates, their revocation and the filings. Issue and revocation move the file
 * through {@link FileHistory}, filings are written to the audit log directly; either way in the same transaction as
 * the act.
 *
 * <p>Locks are taken in one order: the file, then the year's certificate counter, then (last, inside the audit log)
 * the head of the audit log.
 */
// also as itself: the bulk office acts (issue 16) issue in their own transaction
@Component(service = {CertificateService.class, CertificateServiceImpl.class})
public class CertificateServiceImpl implements CertificateService {

    /** a pre-meeting filing is made this many days before the meeting at the latest … */
    static final int PRE_MEETING_LATEST_DAYS = 3;
    /** … and this many days at the earliest. */
    static final int PRE_MEETING_EARLIEST_DAYS = 5;
    /** post-filing within this many days after the qualification document is issued. */
    static final int POST_FILING_DAYS = 5;

    /** No 0/O and 1/I, which readers confuse when they type a code from paper. */
    static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int CODE_LENGTH = 10;

    /** The same answer for an unknown number and a wrong name, so that neither reveals anything. */
    static final String NOT_FOUND = "未查到与该证书编号和姓名相符的证书";
    static final String REVOKED = "该证书已撤销";
    static final String INCOMPLETE = "请输入证书编号和持证人全名";

    /** EclipseLink's hint to read the row again even if the persistence context holds it. */
    private static final String REFRESH = "eclipselink.refresh";
    /** The reason written to the file's history and the audit log fits the history's column (1000). */
    private static final int MAX_REASON_LENGTH = 900;

    private final JpaTemplate jpa;
    private final CampaignService campaigns;
    private final SeriesCatalog seriesCatalog;
    private final AuditLogImpl audit;
    private final FileHistory history;
    private final SecureRandom random = new SecureRandom();

    @Activate
    public CertificateServiceImpl(@Reference(target = "(osgi.unit.name=zhicheng)") JpaTemplate jpa,
                                  @Reference CampaignService campaigns, @Reference SeriesCatalog seriesCatalog,
                                  @Reference AuditLogImpl audit) {
        this.jpa = jpa;
        this.campaigns = campaigns;
        this.seriesCatalog = seriesCatalog;
        this.audit = audit;
        this.history = new FileHistory(audit);
    }

    // ---------------------------------------------------------------- certificates

    @Override
    public Certificate issue(long applicationId, Actor actor) {
        requireActor(actor);
        int year = jpa.txExpr(TransactionType.Required, em -> {
            ApplicationEntity application = load(em, applicationId, LockModeType.NONE);
            Access.require(actor, Act.EVALUATE, FileScope.of(application));
            return application.getEvaluationYear();
        });
        ensureCounter(year);
        return jpa.txExpr(TransactionType.Required, em -> issue(em, applicationId, null, actor));
    }

    /**
     * {@link #issue(long, Actor)} in the caller's transaction (bulk acts, issue 16), the file's version checked when
     * one is given; the year's counter must exist ({@link #ensureCounter}).
     */
    public Certificate issue(EntityManager em, long applicationId, Long expectedVersion, Actor actor) {
        String who = requireActor(actor);
        ApplicationEntity application = load(em, applicationId, LockModeType.PESSIMISTIC_WRITE);
        Access.require(actor, Act.EVALUATE, FileScope.of(application));
        if (expectedVersion != null && application.getVersion() != expectedVersion) {
            throw Refusals.staleVersion();
        }
        int year = application.getEvaluationYear();
        Optional<CertificateEntity> existing = ofApplication(em, applicationId);
        if (existing.isPresent()) {
            throw CertificateRefusals.alreadyCertified(existing.get().getNumber());
        }
        if (!Transitions.allows(WorkflowAct.ISSUE_CERTIFICATE, application.getStatus())) {
            throw CertificateRefusals.notPassed(application.getStatus());
        }
        Campaign campaign = campaigns.campaign(year).orElseThrow(() -> Refusals.noCampaign(year));
        LocalDate today = campaigns.today();
        if (YearMonth.from(today).isBefore(campaign.certificates())) {
            throw CertificateRefusals.certificatesNotYet(campaign.certificates());
        }
        Series series = seriesCatalog.find(application.getSeriesCode())
                .orElseThrow(() -> Refusals.unknownSeries(application.getSeriesCode()));
        Applicant holder = application.getApplicant().toRecord();
        CertificateCounterEntity counter = em.find(CertificateCounterEntity.class, year, LockModeType.PESSIMISTIC_WRITE);
        int running = counter.next();
        String number = number(year, application.getSeriesCode(), running);
        // The qualification document and the certificate are issued by this one act for now, so they share the day.
        CertificateEntity certificate = new CertificateEntity(number, verificationCode(), application, running,
                holder.fullName(), holder.maskedIdNumber(), series.name(), today, today, who, Instant.now());
        em.persist(certificate);
        // no flush of its own: the audit head's query flushes these rows before it takes the head lock (issue 16)
        history.move(em, application, WorkflowAct.ISSUE_CERTIFICATE, who, "颁发职称证书" + number); // last: audit head lock
        return certificate.toRecord();
    }

    /**
     * The year's counter row is created once, in a transaction of its own, so that two first issues of a year
     * cannot both insert it inside their (longer) transactions; if another instance created it at the same moment,
     * its row is as good as ours.
     */
    public void ensureCounter(int year) {
        if (jpa.txExpr(TransactionType.Required, em -> em.find(CertificateCounterEntity.class, year) != null)) {
            return;
        }
        try {
            jpa.tx(TransactionType.Required, em -> {
                if (em.find(CertificateCounterEntity.class, year) == null) {
                    em.persist(new CertificateCounterEntity(year));
                    em.flush();
                }
            });
        } catch (RuntimeException e) {
            if (!jpa.txExpr(TransactionType.Required, em -> em.find(CertificateCounterEntity.class, year) != null)) {
                throw e;
            }
        }
    }

    /** {@code ZC-<year>-<series code in upper case without '-'>-<running number within the year, 6 digits>}. */
    static String number(int year, String seriesCode, int running) {
        return String.format(Locale.ROOT, "ZC-%d-%s-%06d", year, seriesCode.toUpperCase(Locale.ROOT).replace("-", ""), running);
    }

    private String verificationCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    @Override
    public Optional<Certificate> forApplication(long applicationId, Actor actor) {
        Access.requireActor(actor);
        return jpa.txExpr(TransactionType.Required, em -> {
            Access.require(actor, Act.VIEW, FileScope.of(load(em, applicationId, LockModeType.NONE)));
            return ofApplication(em, applicationId).map(CertificateEntity::toRecord);
        });
    }

    @Override
    public CertificateVerification verify(String number, String holderName) {
        String key = normalisedNumber(number);
        if (key == null || holderName == null || holderName.isBlank()) {
            return CertificateVerification.invalid(key, INCOMPLETE);
        }
        if (key.length() > CertificateEntity.NUMBER_LENGTH) {
            return CertificateVerification.invalid(key, NOT_FOUND);
        }
        Optional<Certificate> found = jpa.txExpr(TransactionType.Required,
                em -> byNumber(em, key).map(CertificateEntity::toRecord));
        if (found.isEmpty() || !normalisedName(found.get().holderName()).equals(normalisedName(holderName))) {
            return CertificateVerification.invalid(key, NOT_FOUND);
        }
        Certificate certificate = found.get();
        if (certificate.revoked()) {
            return CertificateVerification.invalid(key, REVOKED);
        }
        return new CertificateVerification(true, certificate.number(), certificate.holderName(), certificate.seriesName(),
                certificate.specialty(), certificate.level(), certificate.evaluationYear(), certificate.issuedOn(), null);
    }

    @Override
    public Certificate revoke(String number, Actor actor, String reason) {
        String who = requireActor(actor);
        String why = requireText(reason, "撤销证书须写明材料造假的认定事实");
        if (why.length() > MAX_REASON_LENGTH) {
            throw Refusals.invalidInput("撤销理由不能超过" + MAX_REASON_LENGTH + "个字符");
        }
        String key = normalisedNumber(number);
        if (key == null || key.length() > CertificateEntity.NUMBER_LENGTH) {
            throw CertificateRefusals.unknownCertificate(number == null ? "" : number.strip());
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            List<Long> files = em.createQuery("SELECT c.application.id FROM CertificateEntity c WHERE c.number = :number",
                    Long.class).setParameter("number", key).getResultList();
            if (files.isEmpty()) {
                throw CertificateRefusals.unknownCertificate(key);
            }
            // the file's lock serialises every change of its certificate
            ApplicationEntity application = load(em, files.get(0), LockModeType.PESSIMISTIC_WRITE);
            Access.require(actor, Act.EVALUATE, FileScope.of(application));
            CertificateEntity certificate = em.createNamedQuery(CertificateEntity.BY_NUMBER, CertificateEntity.class)
                    .setParameter("number", key).setHint(REFRESH, "true").getSingleResult();
            if (certificate.isRevoked()) {
                throw CertificateRefusals.alreadyRevoked(key);
            }
            LocalDate today = campaigns.today();
            certificate.revoke(today, who, why);
            // no application for the three evaluation years after this one, as when a file is refused for it
            application.getApplicant().banAfterFalsification(today.getYear());
            em.flush();
            history.move(em, application, WorkflowAct.REVOKE_CERTIFICATE, who, "材料造假，撤销职称证书" + key + "：" + why);
            return certificate.toRecord();
        });
    }

    // ---------------------------------------------------------------- filings

    @Override
    public FilingRecord file(FilingRecord.Kind kind, int year, String seriesCode, LocalDate meetingDate, Actor actor,
                             String note) {
        if (kind == null) {
            throw Refusals.invalidInput("须选择备案类别");
        }
        String who = requireActor(actor);
        String series = requireText(seriesCode, "须选择职称系列");
        String remark = note == null || note.isBlank() ? null : note.strip();
        if (remark != null && remark.length() > FilingRecordEntity.NOTE_LENGTH) {
            throw Refusals.invalidInput("备注不能超过" + FilingRecordEntity.NOTE_LENGTH + "个字符");
        }
        if (kind == FilingRecord.Kind.PRE_MEETING && meetingDate == null) {
            throw Refusals.invalidInput("会前备案须填写评审会议日期");
        }
        if (kind != FilingRecord.Kind.PRE_MEETING && meetingDate != null) {
            throw Refusals.invalidInput("只有会前备案填写评审会议日期");
        }
        Access.require(actor, Act.EVALUATE, FileScope.ofSeries(series));
        seriesCatalog.find(series).orElseThrow(() -> Refusals.unknownSeries(series));
        Campaign campaign = campaigns.campaign(year).orElseThrow(() -> Refusals.noCampaign(year));
        return jpa.txExpr(TransactionType.Required, em -> {
            LocalDate today = campaigns.today();
            switch (kind) {
                case PRE_FILING -> {
                    if (today.isAfter(campaign.prefilingDeadline())) {
                        throw CertificateRefusals.filingLate(kind, campaign.prefilingDeadline());
                    }
                }
                case PRE_MEETING -> {
                    Campaign.Period meetings = campaign.meetingWindow();
                    if (!meetings.contains(meetingDate)) {
                        throw CertificateRefusals.meetingOutsideWindow(meetingDate, meetings.first(), meetings.last());
                    }
                    long daysBefore = ChronoUnit.DAYS.between(today, meetingDate);
                    if (daysBefore > PRE_MEETING_EARLIEST_DAYS) {
                        throw CertificateRefusals.filingTooEarly(kind, meetingDate.minusDays(PRE_MEETING_EARLIEST_DAYS));
                    }
                    if (daysBefore < PRE_MEETING_LATEST_DAYS) {
                        throw CertificateRefusals.filingLate(kind, meetingDate.minusDays(PRE_MEETING_LATEST_DAYS));
                    }
                }
                case POST_FILING -> {
                    LocalDate documents = em.createNamedQuery(CertificateEntity.FIRST_DOCUMENT_DATE, LocalDate.class)
                            .setParameter("year", year).setParameter("seriesCode", series).getSingleResult();
                    if (documents == null) {
                        throw CertificateRefusals.noQualificationDocument(year, series);
                    }
                    if (today.isBefore(documents)) {
                        throw CertificateRefusals.filingTooEarly(kind, documents);
                    }
                    if (today.isAfter(documents.plusDays(POST_FILING_DAYS))) {
                        throw CertificateRefusals.filingLate(kind, documents.plusDays(POST_FILING_DAYS));
                    }
                }
            }
            FilingRecordEntity filing = new FilingRecordEntity(year, kind, series, meetingDate, today, Instant.now(), who, remark);
            em.persist(filing);
            em.flush();
            String detail = (meetingDate == null ? "" : "评审会议日期" + meetingDate + (remark == null ? "" : "；"))
                    + (remark == null ? "" : remark);
            audit.record(em, who, "FILING_" + kind.name(), "filing:" + year + ":" + series, detail);
            return filing.toRecord();
        });
    }

    @Override
    public List<FilingRecord> filings(int year, Actor actor) {
        Access.requireActor(actor);
        return jpa.txExpr(TransactionType.Required, em -> em.createNamedQuery(FilingRecordEntity.FOR_YEAR, FilingRecordEntity.class)
                .setParameter("year", year).getResultList().stream()
                .map(FilingRecordEntity::toRecord)
                .filter(filing -> Access.permits(actor, actor.role() == Role.ADMIN ? Act.VIEW : Act.EVALUATE,
                        FileScope.ofSeries(filing.seriesCode())))
                .toList());
    }

    // ---------------------------------------------------------------- helpers

    private static ApplicationEntity load(EntityManager em, long applicationId, LockModeType lock) {
        ApplicationEntity application = em.find(ApplicationEntity.class, applicationId, lock);
        if (application == null) {
            throw Refusals.unknownApplication(applicationId);
        }
        return application;
    }

    private static Optional<CertificateEntity> ofApplication(EntityManager em, long applicationId) {
        return em.createNamedQuery(CertificateEntity.BY_APPLICATION, CertificateEntity.class)
                .setParameter("applicationId", applicationId).getResultList().stream().findFirst();
    }

    private static Optional<CertificateEntity> byNumber(EntityManager em, String number) {
        return em.createNamedQuery(CertificateEntity.BY_NUMBER, CertificateEntity.class)
                .setParameter("number", number).getResultList().stream().findFirst();
    }

    /** As typed from paper or a phone: full-width characters folded, spaces dropped, upper case; null if blank. */
    static String normalisedNumber(String number) {
        if (number == null) {
            return null;
        }
        String folded = Normalizer.normalize(number, Normalizer.Form.NFKC).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return folded.isEmpty() ? null : folded;
    }

    /**
     * Names compare after folding full-width characters and dropping spaces, and with the separator of
     * transcribed names (艾力·买买提) written in any of its usual forms.
     */
    static String normalisedName(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder result = new StringBuilder(folded.length());
        folded.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return;
            }
            switch (c) {
                case '.', '\u00B7', '\u2022', '\u2027', '\u2219', '\u22C5', '\u30FB', '\uFF65' -> result.append('\u00B7');
                default -> result.appendCodePoint(c);
            }
        });
        return result.toString().toUpperCase(Locale.ROOT);
    }

    private static String requireActor(Actor actor) {
        Access.requireActor(actor);
        return actor.username();
    }

    private static String requireText(String text, String message) {
        if (text == null || text.isBlank()) {
            throw Refusals.invalidInput(message);
        }
        return text.strip();
    }
}
