package org.zhicheng.core.internal.evaluation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.evaluation.DefenseAppointment;
import org.zhicheng.api.evaluation.DefenseScheduleEntry;
import org.zhicheng.api.evaluation.DefenseScheduling;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.FileHistory;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.persistence.ApplicationEntity;
import org.zhicheng.core.internal.security.Access;
import org.zhicheng.core.internal.security.Act;
import org.zhicheng.core.internal.security.FileScope;
import org.zhicheng.core.internal.security.Guarded;

/** The committee office's defense schedule: one booking per senior file, no two hearings in one place at once. */
@Component(service = DefenseScheduling.class)
public class DefenseSchedulingImpl implements DefenseScheduling {

    static final int SHORTEST_MINUTES = 10;
    private static final int LONGEST_PLACE = 200;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final JpaTemplate jpa;
    private final CampaignService campaigns;
    private final AuditLogImpl audit;

    @Activate
    public DefenseSchedulingImpl(@Reference(target = "(osgi.unit.name=zhicheng)") JpaTemplate jpa,
                                 @Reference CampaignService campaigns, @Reference AuditLogImpl audit) {
        this.jpa = jpa;
        this.campaigns = campaigns;
        this.audit = audit;
    }

    @Override
    public DefenseAppointment book(long applicationId, DefenseAppointment appointment, Actor actor) {
        Access.requireActor(actor);
        DefenseAppointment checked = checked(appointment);
        return jpa.txExpr(TransactionType.Required, em -> {
            ApplicationEntity file = EvaluationServiceImpl.defendingFile(em, applicationId, actor);
            if (file.getDefenseExemption() != null) {
                throw Refusal.DEFENSE_EXEMPT.refuse(file.getDefenseExemption().officialTerm(), applicationId);
            }
            if (file.getDefenseScore() != null) {
                throw Refusal.DEFENSE_DONE.refuse(applicationId);
            }
            requireFreePlace(em, applicationId, checked);
            DefenseAppointmentEntity booking = em.find(DefenseAppointmentEntity.class, applicationId);
            if (booking == null) {
                booking = new DefenseAppointmentEntity(applicationId);
                em.persist(booking);
            }
            booking.book(checked, actor.username(), Instant.now());
            audit.record(em, actor.username(), "DEFENSE_BOOKED", FileHistory.subject(applicationId), "答辩安排："
                    + describe(checked) + "（R-22）");
            em.flush();
            return booking.toRecord();
        });
    }

    /** Bad values are refused in Chinese before anything is read or written. */
    private DefenseAppointment checked(DefenseAppointment appointment) {
        if (appointment == null || appointment.startsAt() == null) {
            throw Refusal.INVALID_INPUT.variant("defense.startRequired").refuse();
        }
        if (appointment.minutes() < SHORTEST_MINUTES || appointment.minutes() > DefenseAppointmentEntity.LONGEST_MINUTES) {
            throw Refusal.INVALID_INPUT.variant("defense.minutes").refuse(SHORTEST_MINUTES, DefenseAppointmentEntity.LONGEST_MINUTES);
        }
        String place = appointment.place() == null ? "" : appointment.place().strip();
        if (place.isEmpty()) {
            throw Refusal.INVALID_INPUT.variant(appointment.online() ? "defense.roomRequired" : "defense.placeRequired").refuse();
        }
        if (place.length() > LONGEST_PLACE) {
            throw Refusal.INVALID_INPUT.variant("defense.placeTooLong").refuse(LONGEST_PLACE);
        }
        if (appointment.startsAt().toLocalDate().isBefore(campaigns.today())) {
            throw Refusal.DEFENSE_IN_PAST.refuse(campaigns.today());
        }
        return new DefenseAppointment(appointment.startsAt().withSecond(0).withNano(0), appointment.minutes(), place,
                appointment.online());
    }

    /** One panel, one room: a hearing overlapping another in the same place (or online room) is refused. */
    private static void requireFreePlace(EntityManager em, long applicationId, DefenseAppointment wanted) {
        List<DefenseAppointmentEntity> near = em.createNamedQuery(DefenseAppointmentEntity.AT_PLACE, DefenseAppointmentEntity.class)
                .setParameter("place", wanted.place()).setParameter("applicationId", applicationId)
                .setParameter("endsAt", wanted.endsAt())
                .setParameter("earliest", wanted.startsAt().minusMinutes(DefenseAppointmentEntity.LONGEST_MINUTES))
                .getResultList();
        for (DefenseAppointmentEntity other : near) {
            DefenseAppointment taken = other.toRecord();
            if (taken.endsAt().isAfter(wanted.startsAt())) {
                throw Refusal.PLACE_TAKEN.refuse(wanted.place(), SHOWN.format(taken.startsAt()), taken.endsAt().toLocalTime(),
                        other.getApplicationId());
            }
        }
    }

    private static String describe(DefenseAppointment appointment) {
        return SHOWN.format(appointment.startsAt()) + "，" + appointment.minutes() + "分钟，"
                + (appointment.online() ? "视频答辩：" : "地点：") + appointment.place();
    }

    @Override
    public void cancel(long applicationId, Actor actor) {
        Access.requireActor(actor);
        jpa.tx(TransactionType.Required, em -> {
            Guarded.application(em, applicationId, actor, Act.EVALUATE);
            DefenseAppointmentEntity booking = em.find(DefenseAppointmentEntity.class, applicationId);
            if (booking != null) {
                em.remove(booking);
                audit.record(em, actor.username(), "DEFENSE_CANCELLED", FileHistory.subject(applicationId),
                        "取消答辩安排：" + describe(booking.toRecord()));
            }
        });
    }

    @Override
    public Optional<DefenseAppointment> appointment(long applicationId, Actor actor) {
        Access.requireActor(actor);
        return jpa.txExpr(TransactionType.Required, em -> {
            Guarded.application(em, applicationId, actor, Act.VIEW);
            return Optional.ofNullable(em.find(DefenseAppointmentEntity.class, applicationId))
                    .map(DefenseAppointmentEntity::toRecord);
        });
    }

    @Override
    public List<DefenseScheduleEntry> schedule(String seriesCode, int year, Actor actor) {
        Access.require(actor, Act.EVALUATE, FileScope.ofSeries(seriesCode));
        return jpa.txExpr(TransactionType.Required, em -> {
            List<ApplicationEntity> defending = em.createQuery("SELECT a FROM ApplicationEntity a JOIN FETCH a.applicant"
                            + " WHERE a.seriesCode = :series AND a.evaluationYear = :year AND a.status = :status"
                            + " AND a.level IN :senior", ApplicationEntity.class)
                    .setParameter("series", seriesCode).setParameter("year", year)
                    .setParameter("status", ApplicationStatus.UNDER_EVALUATION)
                    .setParameter("senior", List.of(TitleLevel.SENIOR_FULL, TitleLevel.SENIOR_ASSOCIATE)).getResultList();
            Map<Long, DefenseAppointment> booked = em.createNamedQuery(DefenseAppointmentEntity.FOR_SERIES,
                            DefenseAppointmentEntity.class).setParameter("series", seriesCode).setParameter("year", year)
                    .getResultList().stream().collect(Collectors.toMap(DefenseAppointmentEntity::getApplicationId,
                            DefenseAppointmentEntity::toRecord));
            return defending.stream()
                    .map(a -> new DefenseScheduleEntry(a.getId(), a.getApplicant().getFullName(), a.getSpecialty(), a.getLevel(),
                            booked.get(a.getId()), a.getDefenseExemption(), a.getDefenseScore()))
                    .sorted(BOOKED_FIRST)
                    .toList();
        });
    }

    /** Booked hearings in time order, then the unbooked, then the exempt, each by file number. */
    private static final Comparator<DefenseScheduleEntry> BOOKED_FIRST = Comparator
            .comparingInt((DefenseScheduleEntry e) -> e.booked() ? 0 : e.exemption() == null ? 1 : 2)
            .thenComparing(e -> e.booked() ? e.appointment().startsAt() : LocalDateTime.MIN)
            .thenComparingLong(DefenseScheduleEntry::applicationId);
}
