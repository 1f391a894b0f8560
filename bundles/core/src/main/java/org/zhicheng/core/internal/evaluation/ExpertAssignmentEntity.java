package org.zhicheng.core.internal.evaluation;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityManager;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.NamedQuery;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.core.internal.persistence.ApplicationEntity;
import org.zhicheng.core.internal.security.Access;
import org.zhicheng.core.internal.security.FileScope;
import org.zhicheng.core.internal.security.Guarded;

/** An expert assigned to a file. */
@Entity
@Table(name = "ZC_EXPERT_ASSIGNMENT", uniqueConstraints = @UniqueConstraint(name = "ZC_EXPERT_ASSIGNMENT_ONCE",
        columnNames = {"APPLICATION_ID", "EXPERT_ID"}))
@NamedQuery(name = ExpertAssignmentEntity.FOR_APPLICATION,
        query = "SELECT a FROM ExpertAssignmentEntity a WHERE a.application.id = :applicationId ORDER BY a.id")
@NamedQuery(name = ExpertAssignmentEntity.FOR_EXPERT,
        query = "SELECT a FROM ExpertAssignmentEntity a WHERE a.expert.id = :expertId ORDER BY a.id")
public class ExpertAssignmentEntity {
    public static final String FOR_APPLICATION = "ExpertAssignment.forApplication";
    public static final String FOR_EXPERT = "ExpertAssignment.forExpert";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "APPLICATION_ID", nullable = false)
    private ApplicationEntity application;

    @ManyToOne(optional = false)
    @JoinColumn(name = "EXPERT_ID", nullable = false)
    private ExpertEntity expert;

    @Column(name = "ASSIGNED_BY", nullable = false, length = 100)
    private String assignedBy;

    @Column(name = "ASSIGNED_AT", nullable = false)
    private Instant assignedAt;

    protected ExpertAssignmentEntity() {
        // for JPA
    }

    public ExpertAssignmentEntity(ApplicationEntity application, ExpertEntity expert, String assignedBy, Instant assignedAt) {
        this.application = application;
        this.expert = expert;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    /** Whether the expert is assigned to the file: who may see it blind and score it. */
    public static boolean isAssigned(EntityManager em, long applicationId, String expertId) {
        return em.createNamedQuery(FOR_APPLICATION, ExpertAssignmentEntity.class).setParameter("applicationId", applicationId)
                .getResultList().stream().anyMatch(a -> a.expert.toRecord().id().equals(expertId));
    }

    /**
     * The file for whoever may see it, or for an expert assigned to it, who reads it blind; refused with
     * {@code NOT_ASSIGNED} to any other expert.
     */
    public static ApplicationEntity blindReadable(EntityManager em, long applicationId, Actor actor) {
        Access.requireActor(actor);
        ApplicationEntity file = Guarded.application(em, applicationId);
        boolean assignedExpert = actor.role() == Role.EXPERT && isAssigned(em, applicationId, actor.expertId());
        Access.requireAnonymisedRead(actor, FileScope.of(file), assignedExpert);
        return file;
    }

    public ApplicationEntity getApplication() {
        return application;
    }

    public ExpertEntity getExpert() {
        return expert;
    }
}
