package org.zhicheng.core.internal.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.zhicheng.api.campaign.Campaign;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.notify.ContactSettings;
import org.zhicheng.api.notify.MessageChannel;
import org.zhicheng.api.notify.Notification;
import org.zhicheng.api.notify.NotificationService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.core.internal.account.AccountDirectory;
import org.zhicheng.core.internal.audit.AuditObserver;
import org.zhicheng.core.internal.evaluation.ExpertAssignmentEntity;
import org.zhicheng.core.internal.persistence.ApplicantEntity;
import org.zhicheng.core.internal.persistence.ApplicationEntity;
import org.zhicheng.core.internal.security.Access;
import org.zhicheng.core.internal.security.Act;
import org.zhicheng.core.internal.security.FileScope;

/**
 * The message centre, and who is told what: decided here from the acts core records (an {@link AuditObserver}), in
 * the act's own transaction, so that a rolled-back act leaves neither a message nor an outbox row. Pid
 * {@code org.zhicheng.notify}.
 */
@Component(service = {NotificationService.class, AuditObserver.class, NotificationCenter.class},
        configurationPid = "org.zhicheng.notify")
@Designate(ocd = NotifyConfiguration.class)
public class NotificationCenter implements NotificationService, AuditObserver {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    /** Mainland mobile numbers: 11 digits starting 13..19. */
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    /** FileHistory appends "[FROM -> TO]" to a reason; the message quotes the reason alone. */
    private static final Pattern STATUS_SUFFIX = Pattern.compile("\\s*\\[[A-Z_-]+ -> [A-Z_]+]$");
    private static final String APPLICATION = "application:";
    private static final Locale UYGHUR = Locale.forLanguageTag("ug");

    private final JpaTemplate jpa;
    private final CampaignService campaigns;
    private final SeriesCatalog series;
    private volatile Set<String> channels = Set.of();

    @Activate
    public NotificationCenter(@Reference(target = "(osgi.unit.name=zhicheng)") JpaTemplate jpa,
                              @Reference CampaignService campaigns, @Reference SeriesCatalog series,
                              NotifyConfiguration configuration) {
        this.jpa = jpa;
        this.campaigns = campaigns;
        this.series = series;
        modified(configuration);
    }

    @Modified
    void modified(NotifyConfiguration configuration) {
        channels = Arrays.stream(configuration.channels().split(",")).map(String::trim)
                .map(c -> c.toUpperCase(Locale.ROOT)).filter(c -> !c.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    // ---- the message centre: an actor's own messages only ----

    @Override
    public List<Notification> mine(Actor actor, int offset, int limit, Locale locale) {
        Access.requireActor(actor);
        if (offset < 0 || limit < 1 || limit > 100) {
            throw Refusal.INVALID_INPUT.variant("notify.paging").refuseOn(offset < 0 ? "offset" : "limit");
        }
        return jpa.txExpr(TransactionType.Required, em -> em.createNamedQuery(NotificationEntity.MINE, NotificationEntity.class)
                .setParameter("recipient", actor.username()).setFirstResult(offset).setMaxResults(limit).getResultList()
                .stream().map(n -> n.toRecord(locale)).toList());
    }

    @Override
    public long unreadCount(Actor actor) {
        Access.requireActor(actor);
        return jpa.txExpr(TransactionType.Required, em -> em.createNamedQuery(NotificationEntity.UNREAD, Long.class)
                .setParameter("recipient", actor.username()).getSingleResult());
    }

    @Override
    public Notification markRead(long notificationId, Actor actor, Locale locale) {
        Access.requireActor(actor);
        return jpa.txExpr(TransactionType.Required, em -> {
            NotificationEntity n = em.find(NotificationEntity.class, notificationId);
            if (n == null || !n.getRecipient().equals(actor.username())) {
                // another person's message is answered as absent: its existence is not theirs to learn
                throw Refusal.UNKNOWN_NOTIFICATION.refuse(notificationId);
            }
            n.markRead();
            return n.toRecord(locale);
        });
    }

    @Override
    public int markAllRead(Actor actor) {
        Access.requireActor(actor);
        return jpa.txExpr(TransactionType.Required, em -> em.createNamedQuery(NotificationEntity.READ_ALL)
                .setParameter("recipient", actor.username()).executeUpdate());
    }

    @Override
    public ContactSettings contact(Actor actor) {
        Access.requireActor(actor);
        return jpa.txExpr(TransactionType.Required, em -> contactOf(em, actor.username(), actor.applicantId()));
    }

    @Override
    public ContactSettings updateContact(ContactSettings settings, Actor actor) {
        Access.requireActor(actor);
        if (settings == null) {
            throw Refusal.INVALID_INPUT.variant("notify.contactRequired").refuse();
        }
        if (settings.email() != null && (settings.email().length() > 254 || !EMAIL.matcher(settings.email()).matches())) {
            throw Refusal.INVALID_INPUT.variant("notify.email").refuseOn("email", settings.email());
        }
        if (settings.mobile() != null && !MOBILE.matcher(settings.mobile()).matches()) {
            throw Refusal.INVALID_INPUT.variant("notify.mobile").refuseOn("mobile");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            ContactEntity contact = em.find(ContactEntity.class, actor.username());
            if (contact == null) {
                contact = new ContactEntity(actor.username());
                em.persist(contact);
            }
            contact.set(settings);
            return contact.toRecord();
        });
    }

    /** Set by the account; else an applicant's mobile is the phone given at registration, when it is a mobile. */
    private static ContactSettings contactOf(EntityManager em, String username, Long applicantId) {
        ContactEntity contact = em.find(ContactEntity.class, username);
        if (contact != null) {
            return contact.toRecord();
        }
        if (applicantId != null) {
            ApplicantEntity applicant = em.find(ApplicantEntity.class, applicantId);
            String phone = applicant == null ? null : applicant.toRecord().phone();
            if (phone != null && MOBILE.matcher(phone.trim()).matches()) {
                return new ContactSettings(null, phone.trim());
            }
        }
        return new ContactSettings(null, null);
    }

    // ---- who is told what, decided from the act ----

    @Override
    public void recorded(EntityManager em, String actor, String action, String subject, String detail, LocalDate platformDate) {
        if (subject == null || !subject.startsWith(APPLICATION)) {
            return;
        }
        ApplicationEntity file;
        try {
            file = em.find(ApplicationEntity.class, Long.parseLong(subject.substring(APPLICATION.length())));
        } catch (NumberFormatException e) {
            return;
        }
        if (file == null) {
            return;
        }
        Texts.FileRef ref = ref(file);
        String reason = detail == null ? "" : STATUS_SUFFIX.matcher(detail).replaceFirst("");
        switch (action) {
            case "APPLICATION_RETURNED" -> campaign(file).filter(c -> file.getReturnedOn() != null).ifPresent(c -> toApplicant(em, file,
                    Texts.returned(ref, reason, file.getReturnedOn().plusDays(c.returnDeadlineDays())), platformDate, null));
            case "APPLICATION_MATERIAL_RECEIVED" -> campaign(file).ifPresent(c -> toApplicant(em, file,
                    Texts.materialReceived(ref, c.feeDeadline()), platformDate, null));
            case "APPLICATION_PASSED" -> toApplicant(em, file, Texts.result(ref, true), platformDate, null);
            case "APPLICATION_FAILED" -> toApplicant(em, file, Texts.result(ref, false), platformDate, null);
            case "APPLICATION_CERTIFIED" -> toApplicant(em, file, Texts.certified(ref), platformDate, null);
            case "APPLICATION_SUBMITTED" -> toReviewers(em, file, Act.EMPLOYER_REVIEW, Set.of(Role.EMPLOYER),
                    Texts.toReview(ref, "单位审核", "the employer's review"), platformDate);
            case "APPLICATION_RECOMMENDED" -> toReviewers(em, file, Act.BUREAU_REVIEW,
                    Set.of(Role.COUNTY_BUREAU, Role.SERIES_DEPARTMENT), Texts.toReview(ref, "审核受理", "review and acceptance"),
                    platformDate);
            case "APPLICATION_FEE_PAID" -> toReviewers(em, file, Act.EVALUATE, Set.of(Role.COMMITTEE_OFFICE),
                    Texts.toReview(ref, "组织评审", "evaluation"), platformDate);
            case "EXPERTS_ASSIGNED" -> toAssignedExperts(em, file, ref, platformDate);
            default -> { }
        }
    }

    Texts.FileRef ref(ApplicationEntity file) {
        Optional<Series> s = series.find(file.getSeriesCode());
        String name = s.map(Series::name).orElse(file.getSeriesCode());
        // the series' Uyghur name from its descriptor's translations; its Chinese name where it has none
        String uyghur = s.map(found -> found.label(UYGHUR, found.name())).orElse(name);
        return new Texts.FileRef(file.getId(), Texts.fileNumber(file.getEvaluationYear(), file.getId()), name,
                file.getSeriesCode(), uyghur);
    }

    Optional<Campaign> campaign(ApplicationEntity file) {
        return campaigns.campaign(file.getEvaluationYear());
    }

    /** To the applicant's account(s); once per {@code dedupeKey} when one is given. */
    int toApplicant(EntityManager em, ApplicationEntity file, Message message, LocalDate platformDate, String dedupeKey) {
        int written = 0;
        for (Actor account : AccountDirectory.ofApplicant(em, file.getApplicant().getId())) {
            if (send(em, account, message, platformDate, dedupeKey == null ? null : dedupeKey + ":" + account.username())) {
                written++;
            }
        }
        return written;
    }

    /** The accounts whose scope covers the file for the act, as core's access rules decide it. */
    static List<Actor> covering(EntityManager em, ApplicationEntity file, Act act, Set<Role> roles) {
        FileScope scope = FileScope.of(file);
        // accounts of core's own table, not callers: no issued actor to ask for
        return AccountDirectory.enabled(em, roles).stream().filter(a -> Access.accountMay(a, act, scope)).toList();
    }

    private void toReviewers(EntityManager em, ApplicationEntity file, Act act, Set<Role> roles, Message message,
                             LocalDate platformDate) {
        for (Actor reviewer : covering(em, file, act, roles)) {
            send(em, reviewer, message, platformDate, null);
        }
    }

    /** Each expert once per file, however many assignment acts name them. */
    private void toAssignedExperts(EntityManager em, ApplicationEntity file, Texts.FileRef ref, LocalDate platformDate) {
        Set<String> expertIds = new LinkedHashSet<>();
        em.createNamedQuery(ExpertAssignmentEntity.FOR_APPLICATION, ExpertAssignmentEntity.class)
                .setParameter("applicationId", file.getId()).getResultList()
                .forEach(a -> expertIds.add(a.getExpert().toRecord().id()));
        for (Actor expert : AccountDirectory.enabled(em, Set.of(Role.EXPERT))) {
            if (expertIds.contains(expert.expertId())) {
                send(em, expert, Texts.expertAssigned(ref), platformDate, "assigned:" + file.getId() + ":" + expert.username());
            }
        }
    }

    /**
     * Writes the message and its outbox rows in the caller's transaction. With a {@code dedupeKey}, nothing is written
     * when a message with that key exists (reminders, assignments: once per person).
     */
    boolean send(EntityManager em, Actor recipient, Message message, LocalDate platformDate, String dedupeKey) {
        if (dedupeKey != null && em.createNamedQuery(NotificationEntity.BY_KEY, Long.class).setParameter("key", dedupeKey)
                .getSingleResult() > 0) {
            return false;
        }
        Instant now = Instant.now();
        em.persist(new NotificationEntity(recipient.username(), message, now, platformDate, dedupeKey));
        ContactSettings contact = contactOf(em, recipient.username(), recipient.role() == Role.APPLICANT
                ? recipient.applicantId() : null);
        String text = message.bodyZh();
        if (channels.contains(MessageChannel.EMAIL) && contact.email() != null) {
            em.persist(new OutboxEntity(MessageChannel.EMAIL, recipient.username(), contact.email(),
                    "【职称评审】" + message.titleZh(), text, now));
        }
        if (channels.contains(MessageChannel.SMS) && contact.mobile() != null) {
            em.persist(new OutboxEntity(MessageChannel.SMS, recipient.username(), contact.mobile(), message.titleZh(),
                    "【职称评审】" + text, now));
        }
        return true;
    }
}
