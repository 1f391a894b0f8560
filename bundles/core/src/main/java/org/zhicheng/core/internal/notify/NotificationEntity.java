package org.zhicheng.core.internal.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.NamedQuery;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

import org.zhicheng.api.notify.Notification;
import org.zhicheng.api.notify.NotificationKind;

/**
 * A message in an account's message centre, kept in Chinese and English, and in Uyghur for an applicant (issue 19;
 * null for staff's messages and for rows written before, which read in Chinese). {@code dedupeKey} makes a message that must
 * go out once (a deadline reminder, an expert's assignment) recognisable: it is written only if no row has the key.
 */
@Entity
@Table(name = "ZC_NOTIFICATION", indexes = {@Index(name = "ZC_NOTIFICATION_RECIPIENT", columnList = "RECIPIENT, ID"),
        @Index(name = "ZC_NOTIFICATION_DEDUPE", columnList = "DEDUPE_KEY")})
@NamedQuery(name = NotificationEntity.MINE,
        query = "SELECT n FROM NotificationEntity n WHERE n.recipient = :recipient ORDER BY n.id DESC")
@NamedQuery(name = NotificationEntity.UNREAD,
        query = "SELECT COUNT(n) FROM NotificationEntity n WHERE n.recipient = :recipient AND n.readFlag = FALSE")
@NamedQuery(name = NotificationEntity.READ_ALL,
        query = "UPDATE NotificationEntity n SET n.readFlag = TRUE WHERE n.recipient = :recipient AND n.readFlag = FALSE")
@NamedQuery(name = NotificationEntity.BY_KEY,
        query = "SELECT COUNT(n) FROM NotificationEntity n WHERE n.dedupeKey = :key")
public class NotificationEntity {
    static final String MINE = "Notification.mine";
    static final String UNREAD = "Notification.unread";
    static final String READ_ALL = "Notification.readAll";
    static final String BY_KEY = "Notification.byKey";

    @Id
    @TableGenerator(name = "NotificationIds", table = "ZC_ID_SEQUENCE", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "NotificationIds")
    private long id;

    @Column(nullable = false, length = 64, updatable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private NotificationKind kind;

    @Column(name = "TITLE_ZH", nullable = false, length = 200, updatable = false)
    private String titleZh;

    @Column(name = "BODY_ZH", nullable = false, length = 2000, updatable = false)
    private String bodyZh;

    @Column(name = "TITLE_EN", nullable = false, length = 200, updatable = false)
    private String titleEn;

    @Column(name = "BODY_EN", nullable = false, length = 2000, updatable = false)
    private String bodyEn;

    @Column(name = "TITLE_UG", length = 200, updatable = false)
    private String titleUg;

    @Column(name = "BODY_UG", length = 2000, updatable = false)
    private String bodyUg;

    @Column(name = "APPLICATION_ID", updatable = false)
    private Long applicationId;

    @Column(name = "FILE_NUMBER", length = 30, updatable = false)
    private String fileNumber;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "PLATFORM_DATE", updatable = false)
    private LocalDate platformDate;

    @Column(name = "READ_FLAG", nullable = false)
    private boolean readFlag;

    @Column(name = "DEDUPE_KEY", length = 200, updatable = false)
    private String dedupeKey;

    protected NotificationEntity() {
        // for JPA
    }

    NotificationEntity(String recipient, Message message, Instant createdAt, LocalDate platformDate, String dedupeKey) {
        this.recipient = recipient;
        this.kind = message.kind();
        this.titleZh = message.titleZh();
        this.bodyZh = message.bodyZh();
        this.titleEn = message.titleEn();
        this.bodyEn = message.bodyEn();
        this.titleUg = message.titleUg();
        this.bodyUg = message.bodyUg();
        this.applicationId = message.applicationId();
        this.fileNumber = message.fileNumber();
        this.createdAt = createdAt;
        this.platformDate = platformDate;
        this.dedupeKey = dedupeKey;
    }

    long getId() {
        return id;
    }

    String getRecipient() {
        return recipient;
    }

    void markRead() {
        readFlag = true;
    }

    /** In English or Uyghur where the locale asks for it (Uyghur where the row has it), else in Chinese. */
    Notification toRecord(Locale locale) {
        String language = locale == null ? "" : locale.getLanguage();
        boolean english = "en".equals(language);
        boolean uyghur = "ug".equals(language) && titleUg != null && bodyUg != null;
        return new Notification(id, recipient, kind, english ? titleEn : uyghur ? titleUg : titleZh,
                english ? bodyEn : uyghur ? bodyUg : bodyZh, applicationId, fileNumber, createdAt, platformDate, readFlag);
    }
}
