package org.zhicheng.core.internal.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.zhicheng.api.campaign.Campaign;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.education.ContinuingEducationService;
import org.zhicheng.api.education.EducationCheck;
import org.zhicheng.api.progress.ChannelOption;
import org.zhicheng.api.progress.Deadline;
import org.zhicheng.api.progress.FilePart;
import org.zhicheng.api.progress.FileProgress;
import org.zhicheng.api.progress.FileStep;
import org.zhicheng.api.progress.MissingItem;
import org.zhicheng.api.progress.NextActor;
import org.zhicheng.api.progress.PartCompletion;
import org.zhicheng.api.progress.ProgressService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.series.LevelCommittee;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.attachment.EducationProof;
import org.zhicheng.core.internal.file.FileContents;
import org.zhicheng.core.internal.persistence.ApplicantEntity;
import org.zhicheng.core.internal.persistence.ApplicationEntity;
import org.zhicheng.core.internal.persistence.StatusChangeEntity;
import org.zhicheng.core.internal.security.Access;
import org.zhicheng.core.internal.security.Act;
import org.zhicheng.core.internal.security.Guarded;
import org.zhicheng.core.internal.unit.UnitRules;

/**
 * Where a file stands for its applicant, against the platform's date: the step, who acts next, the next deadline from
 * the year's calendar (R-08..R-11) or the return, the submissions left, what is still missing by part
 * and the channels an applicant may use (R-04..R-07).
 */
@Component(service = ProgressService.class)
public class ProgressServiceImpl implements ProgressService {

    /** The education proof asks for two things: a certificate, and its CHSI record or registration form. */
    private static final int EDUCATION_PROOF_ITEMS = 2;

    private final JpaTemplate jpa;
    private final SeriesCatalog catalog;
    private final CampaignService campaigns;
    private final ContinuingEducationService education;
    private final FileContents contents;

    @Activate
    public ProgressServiceImpl(@Reference(target = "(osgi.unit.name=zhicheng)") JpaTemplate jpa, @Reference SeriesCatalog catalog,
                               @Reference CampaignService campaigns, @Reference ContinuingEducationService education) {
        this.jpa = jpa;
        this.catalog = catalog;
        this.campaigns = campaigns;
        this.education = education;
        this.contents = new FileContents(catalog);
    }

    @Override
    public FileProgress progress(long applicationId, Actor actor) {
        Access.requireActor(actor);
        LocalDate today = campaigns.today();
        FileProgress read = jpa.txExpr(TransactionType.Required, em -> {
            ApplicationEntity file = Guarded.application(em, applicationId, actor, Act.VIEW);
            return progress(em, file, today);
        });
        // continuing education informs the applicant; it does not block submitting (read in its own service)
        EducationCheck check = education.check(applicationId, actor);
        List<MissingItem> missing = new ArrayList<>(read.missing());
        check.shortfalls().forEach(text -> missing.add(new MissingItem(FilePart.EDUCATION, null, null, text, false)));
        long shortYears = check.yearsChecked().stream()
                .filter(year -> check.shortfalls().stream().anyMatch(text -> text.startsWith(year + "年"))).count();
        List<PartCompletion> completion = new ArrayList<>(read.completion());
        completion.add(2, new PartCompletion(FilePart.EDUCATION, (int) (check.yearsChecked().size() - shortYears),
                check.yearsChecked().size()));
        return new FileProgress(read.applicationId(), read.status(), read.step(), read.closed(), read.next(), read.deadline(),
                today, read.submissionsMade(), read.submissionsLeft(), read.returnReason(), read.resubmitBy(), completion, missing);
    }

    private FileProgress progress(EntityManager em, ApplicationEntity file, LocalDate today) {
        Optional<Campaign> campaign = campaigns.campaign(file.getEvaluationYear());
        ApplicationStatus status = file.getStatus();
        FileStep step = step(status, campaign, today);
        boolean closed = switch (status) {
            case FAILED, CERTIFIED, REVOKED, REFUSED, WITHDRAWN -> true;
            default -> false;
        };
        LocalDate resubmitBy = status == ApplicationStatus.RETURNED && file.getReturnedOn() != null && campaign.isPresent()
                ? file.getReturnedOn().plusDays(campaign.get().returnDeadlineDays()) : null;
        Deadline deadline = campaign.map(c -> deadline(file, c, today, step)).orElse(null);
        int max = campaign.map(Campaign::maxSubmissions).orElse(0);
        List<MissingItem> missing = new ArrayList<>();
        List<FileContents.EmptyField> empty = contents.emptyRequired(em, file);
        empty.forEach(f -> missing.add(new MissingItem(FilePart.SECTIONS, f.sectionId(), f.fieldId(), f.text(), true)));
        List<String> proof = EducationProof.missing(em, file.getId());
        proof.forEach(text -> missing.add(new MissingItem(FilePart.ATTACHMENTS, null, null, text, true)));
        boolean signed = FileContents.signed(em, file.getId());
        if (!signed) {
            missing.add(new MissingItem(FilePart.COMMITMENT, null, null, FileContents.UNSIGNED, true));
        }
        int required = contents.requiredCount(file.getSeriesCode());
        List<PartCompletion> completion = List.of(
                new PartCompletion(FilePart.SECTIONS, required - empty.size(), required),
                new PartCompletion(FilePart.ATTACHMENTS, proofDone(proof), EDUCATION_PROOF_ITEMS),
                new PartCompletion(FilePart.COMMITMENT, signed ? 1 : 0, 1));
        return new FileProgress(file.getId(), status, step, closed, closed ? new NextActor(NextActor.Kind.NONE, "")
                : next(file, status), deadline, today, file.getSubmissionCount(), Math.max(0, max - file.getSubmissionCount()),
                status == ApplicationStatus.RETURNED ? lastReturnReason(em, file.getId()) : null, resubmitBy, completion, missing);
    }

    /** Without a certificate neither half is done; with one, the proofs are the other half. */
    private static int proofDone(List<String> missing) {
        if (missing.isEmpty()) {
            return EDUCATION_PROOF_ITEMS;
        }
        return missing.stream().anyMatch(text -> text.startsWith("缺少学历")) ? 0 : EDUCATION_PROOF_ITEMS - 1;
    }

    /** The step a status belongs to; a file under evaluation is with the meeting once the meetings have begun. */
    static FileStep step(ApplicationStatus status, Optional<Campaign> campaign, LocalDate today) {
        return switch (status) {
            case DRAFT, RETURNED, WITHDRAWN -> FileStep.FILING;
            case SUBMITTED, IN_PUBLICITY -> FileStep.UNIT_REVIEW;
            case RECOMMENDED, REFUSED -> FileStep.DEPARTMENT_REVIEW;
            case MATERIAL_RECEIVED, FEE_PAID -> FileStep.MATERIAL_AND_FEE;
            case UNDER_EVALUATION -> campaign.filter(c -> !today.isBefore(c.meetingWindow().first())).isPresent()
                    ? FileStep.MEETING : FileStep.EXPERT_REVIEW;
            case PASSED, FAILED -> FileStep.PUBLICITY;
            case CERTIFIED, REVOKED -> FileStep.CERTIFICATE;
        };
    }

    private static Deadline deadline(ApplicationEntity file, Campaign c, LocalDate today, FileStep step) {
        Deadline.Kind kind;
        LocalDate date;
        switch (file.getStatus()) {
            case DRAFT -> { kind = Deadline.Kind.APPLICATION_CLOSES; date = c.applicationWindow().last(); }
            case RETURNED -> {
                if (file.getReturnedOn() == null) {
                    return null;
                }
                kind = Deadline.Kind.RESUBMISSION;
                date = file.getReturnedOn().plusDays(c.returnDeadlineDays());
            }
            case IN_PUBLICITY -> {
                kind = Deadline.Kind.PUBLICITY_ENDS;
                date = file.publicity().map(p -> p.lastDay()).orElse(c.reviewWindow().last());
            }
            case SUBMITTED, RECOMMENDED -> { kind = Deadline.Kind.REVIEW_CLOSES; date = c.reviewWindow().last(); }
            case MATERIAL_RECEIVED -> { kind = Deadline.Kind.FEE; date = c.feeDeadline(); }
            case FEE_PAID -> { kind = Deadline.Kind.MEETINGS_BEGIN; date = c.meetingWindow().first(); }
            case UNDER_EVALUATION -> {
                boolean meeting = step == FileStep.MEETING;
                kind = meeting ? Deadline.Kind.MEETINGS_END : Deadline.Kind.MEETINGS_BEGIN;
                date = meeting ? c.meetingWindow().last() : c.meetingWindow().first();
            }
            case PASSED -> { kind = Deadline.Kind.DOCUMENTS; date = c.qualificationDocuments().atDay(1); }
            default -> {
                return null;
            }
        }
        return new Deadline(kind, date, ChronoUnit.DAYS.between(today, date));
    }

    private NextActor next(ApplicationEntity file, ApplicationStatus status) {
        ApplicantEntity applicant = file.getApplicant();
        return switch (status) {
            case DRAFT, RETURNED, MATERIAL_RECEIVED -> new NextActor(NextActor.Kind.APPLICANT, applicant.getFullName());
            case SUBMITTED, IN_PUBLICITY -> new NextActor(NextActor.Kind.EMPLOYER, applicant.getEmployer());
            // the county bureau reviews its county's units; prefecture-direct units go to the series department
            case RECOMMENDED -> applicant.getCounty() == null
                    ? new NextActor(NextActor.Kind.SERIES_DEPARTMENT, catalog.find(file.getSeriesCode()).map(Series::name).orElse(""))
                    : new NextActor(NextActor.Kind.COUNTY_BUREAU, applicant.getCounty() + "人社局");
            case FEE_PAID, PASSED -> new NextActor(NextActor.Kind.COMMITTEE_OFFICE, organisingUnit(file));
            case UNDER_EVALUATION -> new NextActor(NextActor.Kind.COMMITTEE, organisingUnit(file));
            default -> new NextActor(NextActor.Kind.NONE, "");
        };
    }

    /** The committee's organising unit (Annex 5) of the file's series, specialty and level. */
    private String organisingUnit(ApplicationEntity file) {
        return catalog.find(file.getSeriesCode()).flatMap(s -> s.specialty(file.getSpecialty()))
                .flatMap(s -> s.committees().stream().filter(c -> c.level() == file.getLevel()).findFirst())
                .map(LevelCommittee::organisingUnit).orElse("");
    }

    private static String lastReturnReason(EntityManager em, long applicationId) {
        List<StatusChangeEntity> changes = em.createNamedQuery(StatusChangeEntity.FOR_APPLICATION, StatusChangeEntity.class)
                .setParameter("applicationId", applicationId).getResultList();
        for (int i = changes.size() - 1; i >= 0; i--) {
            var change = changes.get(i).toRecord();
            if (change.to() == ApplicationStatus.RETURNED) {
                return change.reason();
            }
        }
        return null;
    }

    @Override
    public List<ChannelOption> channels(long applicantId, String seriesCode, Actor actor) {
        Access.requireActor(actor);
        Series series = catalog.find(seriesCode).orElseThrow(() -> Refusal.UNKNOWN_SERIES.variant("channels")
                .refuseOn("seriesCode", seriesCode));
        int year = campaigns.today().getYear();
        return jpa.txExpr(TransactionType.Required, em -> {
            ApplicantEntity applicant = Guarded.applicant(em, applicantId, actor, Act.VIEW);
            // one application, in one channel, per applicant and evaluation year
            boolean already = !em.createNamedQuery(ApplicationEntity.BY_APPLICANT_AND_YEAR, ApplicationEntity.class)
                    .setParameter("applicantId", applicantId).setParameter("year", year).getResultList().isEmpty();
            List<ChannelOption> options = new ArrayList<>();
            for (Channel channel : Channel.values()) {
                if (already) {
                    options.add(new ChannelOption(channel, false, year + "年度已有申报，同一年度只能选择一种方式申报",
                            "an application for " + year + " exists already; one channel per year (R-07)"));
                } else if (channel == Channel.C_PRIVATE_ENTERPRISE && !series.policy().privateEnterpriseChannel()) {
                    options.add(new ChannelOption(channel, false, "民营企业专项评审仅限工程系列和农业系列，" + series.name() + "不适用",
                            "channel C is open to engineering and agriculture only (R-06)"));
                } else if (channel == Channel.C_PRIVATE_ENTERPRISE && !UnitRules.privateEnterprise(em, applicant)) {
                    options.add(new ChannelOption(channel, false, "民营企业专项评审仅限民营企业的专业技术人员申报，您所在单位不是民营企业",
                            "channel C is for staff of private enterprises only (R-06)"));
                } else {
                    options.add(new ChannelOption(channel, true, "", ""));
                }
            }
            return List.copyOf(options);
        });
    }
}
