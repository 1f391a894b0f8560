package org.zhicheng.core.internal.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.zhicheng.api.audit.AuditLog;
import org.zhicheng.api.campaign.Campaign;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.evaluation.Expert;
import org.zhicheng.api.meeting.Appointment;
import org.zhicheng.api.meeting.BallotChoice;
import org.zhicheng.api.meeting.BallotPaper;
import org.zhicheng.api.meeting.CommitteeMember;
import org.zhicheng.api.meeting.Meeting;
import org.zhicheng.api.meeting.MeetingService;
import org.zhicheng.api.meeting.MeetingStatus;
import org.zhicheng.api.meeting.MemberRole;
import org.zhicheng.api.meeting.Minutes;
import org.zhicheng.api.scoring.Grade;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.series.Committee;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.api.service.ZhichengException;
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
 * The committee meeting under the national provisional regulations on title evaluation (MOHRSS order No. 40, 2019):
 * odd membership with terms, quorum of two thirds, recusal, secret ballot counted anonymously, two thirds yes of the
 * eligible, then the senior pass rate, minutes signed by the presiding member and audited.
 * Config Admin pid {@code org.zhicheng.meeting}; the defaults are the regulation's numbers.
 */
@Component(service = MeetingService.class, configurationPid = "org.zhicheng.meeting")
@Designate(ocd = MeetingServiceImpl.Configuration.class)
public class MeetingServiceImpl implements MeetingService {

    @ObjectClassDefinition(name = "Zhicheng committee meetings")
    public @interface Configuration {
        @AttributeDefinition(description = "Fewest members of a senior committee (the regulation: 25)")
        int seniorMinimum() default 25;

        @AttributeDefinition(description = "Fewest members of a senior committee built for a single specialty (the regulation: 11)")
        int specialtyMinimum() default 11;

        @AttributeDefinition(description = "Longest term of a member, in years (the regulation: 3)")
        int maxTermYears() default 3;
    }

    private final JpaTemplate jpa;
    private final AuditLogImpl audit;
    private final FileHistory history;
    private final SeriesCatalog catalog;
    private final CampaignService campaigns;
    private volatile Configuration configuration;

    @Activate
    public MeetingServiceImpl(@Reference(target = "(osgi.unit.name=zhicheng)") JpaTemplate jpa, @Reference AuditLogImpl audit,
                              @Reference SeriesCatalog catalog, @Reference CampaignService campaigns,
                              Configuration configuration) {
        this.jpa = jpa;
        this.audit = audit;
        this.catalog = catalog;
        this.campaigns = campaigns;
        this.history = new FileHistory(audit);
        modified(configuration);
    }

    @Modified
    void modified(Configuration changed) {
        if (changed.seniorMinimum() < 1 || changed.specialtyMinimum() < 1 || changed.maxTermYears() < 1) {
            throw new IllegalArgumentException("org.zhicheng.meeting: minimums and the term are positive");
        }
        this.configuration = changed;
    }

    // ---- membership

    @Override
    public List<CommitteeMember> appoint(String committeeId, List<Appointment> members, Actor actor) {
        Committee committee = officeOf(committeeId, actor);
        if (members == null || members.isEmpty()) {
            throw Refusals.membersEven(0);
        }
        Configuration limits = configuration;
        if (members.size() % 2 == 0) {
            throw Refusals.membersEven(members.size());
        }
        if (committee.levels().stream().anyMatch(TitleLevel::isSenior)) {
            boolean singleSpecialty = singleSpecialty(committee);
            int minimum = singleSpecialty ? limits.specialtyMinimum() : limits.seniorMinimum();
            if (members.size() < minimum) {
                throw Refusals.committeeTooSmall(members.size(), minimum, singleSpecialty);
            }
        }
        if (members.stream().filter(m -> m.role() == MemberRole.CHAIR).count() != 1) {
            throw Refusals.committeeNeedsChair();
        }
        TitleLevel required = committee.levels().get(0); // highest first
        return jpa.txExpr(TransactionType.Required, em -> {
            if (!em.createNamedQuery(MeetingEntity.OF_COMMITTEE, MeetingEntity.class).setParameter("committeeId", committeeId)
                    .getResultList().stream().allMatch(m -> m.status == MeetingStatus.SCHEDULED || m.status == MeetingStatus.SIGNED)) {
                throw Refusals.meetingInProgress();
            }
            Set<String> seen = new HashSet<>();
            List<CommitteeMemberEntity> appointed = new ArrayList<>();
            for (Appointment appointment : members) {
                ExpertEntity expert = em.find(ExpertEntity.class, appointment.expertId());
                if (expert == null) {
                    throw Refusal.UNKNOWN_EXPERT.refuse(appointment.expertId());
                }
                String name = expert.toRecord().name();
                if (!seen.add(appointment.expertId())) {
                    throw Refusals.duplicateMember(appointment.expertId());
                }
                if (!expert.toRecord().seriesCodes().contains(committee.seriesCode())) {
                    throw Refusals.memberNotInPool(name);
                }
                if (appointment.title().ordinal() > required.ordinal()) {
                    throw Refusals.memberTitleTooLow(name, appointment.title(), required);
                }
                if (!appointment.termEnd().isAfter(appointment.termStart())
                        || appointment.termEnd().isAfter(appointment.termStart().plusYears(limits.maxTermYears()))) {
                    throw Refusals.termTooLong(name, limits.maxTermYears());
                }
                appointed.add(new CommitteeMemberEntity(committeeId, expert, appointment));
            }
            roster(em, committeeId).forEach(em::remove);
            em.flush();
            appointed.forEach(em::persist);
            em.flush();
            audit.record(em, actor.username(), "COMMITTEE_APPOINTED", "committee:" + committeeId, "任命评审委员会委员"
                    + appointed.size() + "人：" + appointed.stream().map(m -> m.toRecord().name() + "（" + m.role.officialTerm()
                    + "）").collect(Collectors.joining("、")));
            return roster(em, committeeId).stream().map(CommitteeMemberEntity::toRecord).toList();
        });
    }

    /** A series evaluated by several specialty committees: each of them is built for a single specialty. */
    private boolean singleSpecialty(Committee committee) {
        return catalog.find(committee.seriesCode()).map(series -> series.committees().stream()
                .map(Committee::specialty).distinct().count() > 1).orElse(true);
    }

    @Override
    public List<CommitteeMember> members(String committeeId, Actor actor) {
        Committee committee = committee(committeeId);
        requireOfficeOrMember(actor, committee);
        return jpa.txExpr(TransactionType.Required, em -> roster(em, committeeId).stream()
                .map(CommitteeMemberEntity::toRecord).toList());
    }

    @Override
    public List<Expert> pool(String committeeId, Actor actor) {
        Committee committee = officeOf(committeeId, actor);
        return jpa.txExpr(TransactionType.Required, em -> em.createNamedQuery(ExpertEntity.ALL, ExpertEntity.class)
                .getResultList().stream().map(ExpertEntity::toRecord)
                .filter(expert -> expert.seriesCodes().contains(committee.seriesCode())).toList());
    }

    private static List<CommitteeMemberEntity> roster(EntityManager em, String committeeId) {
        return em.createNamedQuery(CommitteeMemberEntity.OF_COMMITTEE, CommitteeMemberEntity.class)
                .setParameter("committeeId", committeeId).getResultList();
    }

    // ---- the meeting

    @Override
    public Meeting schedule(String committeeId, int year, Grade grade, LocalDate date, String place, Actor actor) {
        Committee committee = officeOf(committeeId, actor);
        if (grade == null || date == null || place == null || place.isBlank() || place.length() > 200) {
            throw Refusals.invalidInput("请填写会议等级、日期和地点（或视频会议室，200字以内）",
                    "a grade, a date and a place (or video room, at most 200 characters) are required");
        }
        if (committee.levels().stream().noneMatch(level -> Grade.of(level) == grade)) {
            throw CommitteeRefusals.gradeNotEvaluated(committee, grade);
        }
        Campaign.Period window = campaigns.campaign(year).orElseThrow(() -> Refusals.noCampaign(year)).meetingWindow();
        if (!window.contains(date)) {
            throw CommitteeRefusals.meetingOutsideWindow(date, window);
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            MeetingEntity meeting = new MeetingEntity(committeeId, year, grade, date, place.trim());
            em.persist(meeting);
            em.flush();
            audit.record(em, actor.username(), "MEETING_SCHEDULED", subject(meeting), committee.specialty() + "评审委员会"
                    + year + "年" + CommitteeRefusals.inWords(grade) + "评审会议，" + date + "，" + meeting.place);
            return record(em, meeting);
        });
    }

    @Override
    public Meeting meeting(long meetingId, Actor actor) {
        return read(meetingId, actor, MeetingServiceImpl::record);
    }

    /** A meeting as the office of its series or a member of its committee may read it. */
    private <T> T read(long meetingId, Actor actor, java.util.function.BiFunction<EntityManager, MeetingEntity, T> view) {
        return jpa.txExpr(TransactionType.Required, em -> {
            MeetingEntity meeting = find(em, meetingId, false);
            requireOfficeOrMember(actor, committee(meeting.committeeId));
            return view.apply(em, meeting);
        });
    }

    @Override
    public List<Meeting> meetings(String committeeId, Actor actor) {
        requireOfficeOrMember(actor, committee(committeeId));
        return jpa.txExpr(TransactionType.Required, em -> em.createNamedQuery(MeetingEntity.OF_COMMITTEE, MeetingEntity.class)
                .setParameter("committeeId", committeeId).getResultList().stream().map(m -> record(em, m)).toList());
    }

    @Override
    public List<Meeting> myMeetings(Actor member) {
        Access.requireRole(member, Set.of(Role.EXPERT), "查看本人参加的评审会议");
        return jpa.txExpr(TransactionType.Required, em -> em.createNamedQuery(CommitteeMemberEntity.OF_EXPERT,
                        CommitteeMemberEntity.class).setParameter("expertId", member.expertId()).getResultList().stream()
                .flatMap(m -> em.createNamedQuery(MeetingEntity.OF_COMMITTEE, MeetingEntity.class)
                        .setParameter("committeeId", m.committeeId).getResultList().stream()
                        .filter(meeting -> m.toRecord().servesOn(meeting.date)))
                .sorted(Comparator.comparing((MeetingEntity m) -> m.date).reversed().thenComparing(m -> -m.id))
                .map(m -> record(em, m)).toList());
    }

    @Override
    public Meeting open(long meetingId, Set<String> present, Actor actor) {
        Set<String> attending = present == null ? Set.of() : Set.copyOf(present);
        return jpa.txExpr(TransactionType.Required, em -> {
            MeetingEntity meeting = find(em, meetingId, true);
            Committee committee = officeOf(meeting.committeeId, actor);
            requireStatus(meeting, MeetingStatus.SCHEDULED, "开会", "open it");
            // held inside the meetings window, on the platform's today
            Campaign.Period window = campaigns.campaign(meeting.year).orElseThrow(() -> Refusals.noCampaign(meeting.year))
                    .meetingWindow();
            LocalDate today = campaigns.today();
            if (!window.contains(today)) {
                throw CommitteeRefusals.meetingOutsideWindow(today, window);
            }
            Map<String, CommitteeMemberEntity> serving = serving(em, meeting);
            for (String expertId : attending) {
                if (!serving.containsKey(expertId)) {
                    throw Refusals.notAMember(expertId);
                }
            }
            int needed = (serving.size() * 2 + 2) / 3; // the least whole number of members that is two thirds
            if (serving.isEmpty() || attending.size() < needed) {
                throw Refusals.noQuorum(attending.size(), serving.size(), Math.max(needed, 1));
            }
            List<ApplicationEntity> files = candidates(em, committee, meeting);
            if (files.isEmpty()) {
                throw Refusal.NO_CANDIDATES.refuse(committee.id(), meeting.year, Refusals.words(meeting.grade));
            }
            meeting.open(serving.size(), attending);
            // Issue 16 (found by the campaign at 100,000 files): with AUTO flush each candidate's score query first
            // compared every object this transaction holds (the N files, the candidates written so far), so a meeting
            // of N candidates opened in O(N²). The loop's reads (score sheets, defense scores) see nothing the loop
            // writes (candidates, recusals, the meeting's attendance): they need no flush.
            FlushModeType flushMode = em.getFlushMode();
            em.setFlushMode(FlushModeType.COMMIT);
            try {
                addCandidates(em, meeting, files, attending, serving);
            } finally {
                em.setFlushMode(flushMode);
            }
            em.flush();
            em.clear(); // the audit entry's head query and the answer's reads then flush a small transaction, not N files
            audit.record(em, actor.username(), "MEETING_OPENED", subject(meeting), "应到" + serving.size() + "人，实到"
                    + attending.size() + "人：" + String.join("、", new java.util.TreeSet<>(attending)) + "；参评" + files.size() + "件");
            return record(em, meeting);
        });
    }

    /** The files as the meeting's candidates, with their scores and the recusals their data derive. */
    private void addCandidates(EntityManager em, MeetingEntity meeting, List<ApplicationEntity> files, Set<String> attending,
            Map<String, CommitteeMemberEntity> serving) {
        for (ApplicationEntity file : files) {
            BigDecimal expertScore = EvaluationServiceImpl.meanExpertScore(em, file.getId());
            BigDecimal defense = null;
            if (file.getLevel().isSenior()) {
                defense = EvaluationServiceImpl.defenseScore(em, file, catalog).orElseThrow(
                        () -> Refusal.DEFENSE_MISSING.refuse(file.getId()));
            }
            em.persist(new MeetingCandidateEntity(meeting.id, file.getId(), EvaluationServiceImpl.blindCode(file),
                    file.getSpecialty(), file.getLevel(), expertScore, defense));
            // recusal derived from the data: the candidate's unit, a declared relation
            for (String expertId : attending) {
                ExpertConflicts.of(file, serving.get(expertId).expert.toRecord()).stream()
                        .filter(conflict -> conflict.code().startsWith("CONFLICT_")).findFirst()
                        .ifPresent(conflict -> em.persist(new RecusalEntity(meeting.id, expertId, file.getId(),
                                conflict.chineseMessage(), true)));
            }
        }
    }

    @Override
    public Meeting declareRecusal(long meetingId, String expertId, long applicationId, String reason, Actor actor) {
        Access.requireActor(actor);
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw Refusals.invalidInput("请填写回避理由（500字以内）", "a reason (at most 500 characters) is required");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            MeetingEntity meeting = find(em, meetingId, true);
            Committee committee = committee(meeting.committeeId);
            boolean self = actor.role() == Role.EXPERT && actor.expertId().equals(expertId);
            if (!self) {
                Access.require(actor, Act.EVALUATE, FileScope.ofSeries(committee.seriesCode()));
            }
            requireStatus(meeting, MeetingStatus.OPEN, "声明回避", "declare a recusal");
            if (!meeting.presentMembers().contains(expertId)) {
                throw Refusals.notPresent(expertId);
            }
            candidate(em, meeting, applicationId, false);
            if (hasVoted(em, meetingId, expertId, applicationId)) {
                throw Refusals.alreadyVoted(applicationId);
            }
            if (!isRecused(em, meetingId, expertId, applicationId)) {
                em.persist(new RecusalEntity(meetingId, expertId, applicationId, reason.trim(), false));
                em.flush();
                audit.record(em, actor.username(), "MEMBER_RECUSED", subject(meeting), "委员" + expertId + "回避申报"
                        + applicationId + "：" + reason.trim());
            }
            return record(em, meeting);
        });
    }

    // ---- the secret ballot

    @Override
    public BallotPaper ballot(long meetingId, Actor member) {
        Access.requireRole(member, Set.of(Role.EXPERT), "以委员身份投票");
        return jpa.txExpr(TransactionType.Required, em -> {
            MeetingEntity meeting = find(em, meetingId, false);
            requireServing(em, meeting, member.expertId());
            return paper(em, meeting, member.expertId());
        });
    }

    @Override
    public BallotPaper vote(long meetingId, long applicationId, BallotChoice choice, Actor member) {
        return castBallot(meetingId, applicationId, choice, member, (em, meeting, candidate) -> {
            em.flush();
            return paper(em, meeting, member.expertId());
        });
    }

    /** The same ballot answered with its line alone, so that voting down a paper of N candidates is not N² reads. */
    @Override
    public BallotPaper.Line cast(long meetingId, long applicationId, BallotChoice choice, Actor member) {
        // recused members are refused above, and the line is the one just voted on
        return castBallot(meetingId, applicationId, choice, member, (em, meeting, c) -> new BallotPaper.Line(c.applicationId,
                c.blindCode, c.specialty, c.level, c.expertScore, c.defenseScore, false, true));
    }

    private interface Answer<R> {
        R of(EntityManager em, MeetingEntity meeting, MeetingCandidateEntity candidate);
    }

    private <R> R castBallot(long meetingId, long applicationId, BallotChoice choice, Actor member, Answer<R> answer) {
        Access.requireRole(member, Set.of(Role.EXPERT), "以委员身份投票");
        if (choice == null) {
            throw Refusals.invalidInput("请选择同意、不同意或弃权", "choose yes, no or abstain");
        }
        String expertId = member.expertId();
        return jpa.txExpr(TransactionType.Required, em -> {
            MeetingEntity meeting = find(em, meetingId, true);
            requireServing(em, meeting, expertId);
            requireStatus(meeting, MeetingStatus.OPEN, "投票", "vote");
            if (!meeting.presentMembers().contains(expertId)) {
                throw Refusals.notPresent(expertId);
            }
            MeetingCandidateEntity candidate = candidate(em, meeting, applicationId, true);
            if (isRecused(em, meetingId, expertId, applicationId)) {
                throw Refusals.recused(expertId, applicationId);
            }
            if (hasVoted(em, meetingId, expertId, applicationId)) {
                throw Refusals.alreadyVoted(applicationId);
            }
            // the marker says who voted, the counts what was voted: nothing joins them
            em.persist(new BallotCastEntity(meetingId, expertId, applicationId));
            candidate.count(choice);
            return answer.of(em, meeting, candidate);
        });
    }

    private BallotPaper paper(EntityManager em, MeetingEntity meeting, String expertId) {
        // two reads for the whole paper, not two a candidate: a vote returns the paper, so per-line reads made a
        // meeting's ballot quadratic in its candidates (issue 16's campaign benchmark)
        Set<Long> recused = Set.copyOf(em.createQuery("SELECT r.applicationId FROM RecusalEntity r WHERE r.meetingId = :m"
                + " AND r.expertId = :e", Long.class).setParameter("m", meeting.id).setParameter("e", expertId).getResultList());
        Set<Long> voted = Set.copyOf(em.createQuery("SELECT b.applicationId FROM BallotCastEntity b WHERE b.meetingId = :m"
                + " AND b.expertId = :e", Long.class).setParameter("m", meeting.id).setParameter("e", expertId).getResultList());
        // the lines as plain columns, not managed candidates: each managed one is copied when read and compared at
        // commit, which made every vote cost EclipseLink work in proportion to the meeting (issue 16 item 1)
        List<BallotPaper.Line> lines = em.createNamedQuery(MeetingCandidateEntity.PAPER_OF_MEETING, Object[].class)
                .setParameter("meetingId", meeting.id).getResultList().stream().map(c -> {
                    long applicationId = (Long) c[0];
                    return new BallotPaper.Line(applicationId, (String) c[1], (String) c[2], (TitleLevel) c[3],
                            (BigDecimal) c[4], (BigDecimal) c[5], recused.contains(applicationId), voted.contains(applicationId));
                }).toList();
        return new BallotPaper(meeting.id, meeting.committeeId, expertId, lines);
    }

    // ---- the result and the minutes

    @Override
    public Minutes close(long meetingId, BigDecimal seniorPassRate, Actor actor) {
        return jpa.txExpr(TransactionType.Required, em -> {
            MeetingEntity meeting = find(em, meetingId, true);
            officeOf(meeting.committeeId, actor);
            requireStatus(meeting, MeetingStatus.OPEN, "结束表决", "close voting");
            boolean senior = meeting.grade == Grade.SENIOR;
            if (senior && (seniorPassRate == null || seniorPassRate.signum() <= 0 || seniorPassRate.compareTo(BigDecimal.ONE) > 0)) {
                throw CommitteeRefusals.passRateRequired();
            }
            if (!senior && seniorPassRate != null) {
                throw CommitteeRefusals.passRateNotApplicable(meeting.grade); // refused, not ignored
            }
            List<MeetingCandidateEntity> candidates = candidates(em, meetingId);
            Map<Long, Long> recused = recusals(em, meetingId).stream()
                    .collect(Collectors.groupingBy(r -> r.applicationId, Collectors.counting()));
            int present = meeting.presentMembers().size();
            for (MeetingCandidateEntity c : candidates) {
                c.eligible = present - recused.getOrDefault(c.applicationId, 0L).intValue();
                c.passedBallot = c.eligible > 0 && c.yes * 3 >= c.eligible * 2; // two thirds of the eligible; abstaining is not yes
            }
            int limit = senior ? seniorPassRate.multiply(BigDecimal.valueOf(candidates.size()))
                    .setScale(0, RoundingMode.FLOOR).intValueExact() : candidates.size();
            // R-34 after the ballot: best first by expert score, then defense score
            Comparator<MeetingCandidateEntity> rank = Comparator.comparing((MeetingCandidateEntity c) -> c.expertScore)
                    .thenComparing(c -> c.defenseScore == null ? BigDecimal.ZERO : c.defenseScore).reversed();
            List<MeetingCandidateEntity> passers = candidates.stream().filter(c -> c.passedBallot).sorted(rank).toList();
            candidates.forEach(c -> c.passed = false);
            int seats = 0;
            if (passers.size() <= limit) {
                passers.forEach(c -> c.passed = true);
            } else if (limit > 0) {
                MeetingCandidateEntity edge = passers.get(limit - 1);
                if (rank.compare(edge, passers.get(limit)) == 0) {
                    // a tie across the edge: the chair decides, nothing is broken silently
                    List<MeetingCandidateEntity> tied = passers.stream().filter(c -> rank.compare(c, edge) == 0).toList();
                    long better = passers.stream().filter(c -> rank.compare(c, edge) < 0).count();
                    seats = limit - (int) better;
                    passers.stream().filter(c -> rank.compare(c, edge) < 0).forEach(c -> c.passed = true);
                    tied.forEach(c -> {
                        c.passed = null;
                        c.tiedAtCap = true;
                    });
                } else {
                    passers.subList(0, limit).forEach(c -> c.passed = true);
                }
            }
            meeting.passRate = senior ? seniorPassRate : null;
            meeting.passLimit = limit;
            meeting.seatsForTied = seats;
            meeting.status = MeetingStatus.CLOSED;
            em.flush();
            String counts = candidates.stream().map(MeetingServiceImpl::countsInWords).collect(Collectors.joining("；"));
            Minutes minutes = minutes(em, meeting);
            em.clear(); // issue 16: each of the N/50 entries' head query would else compare the N candidates held
            recordWhole(em, actor.username(), "MEETING_CLOSED", subject(meeting), "表决结束：" + counts);
            return minutes;
        });
    }

    @Override
    public Minutes minutes(long meetingId, Actor actor) {
        return read(meetingId, actor, this::minutes);
    }

    @Override
    public Minutes sign(long meetingId, List<Long> tieWinners, Actor chair) {
        Access.requireRole(chair, Set.of(Role.EXPERT), "签发会议纪要");
        Set<Long> winners = tieWinners == null ? Set.of() : new LinkedHashSet<>(tieWinners);
        return jpa.txExpr(TransactionType.Required, em -> {
            MeetingEntity meeting = find(em, meetingId, true);
            CommitteeMemberEntity member = requireServing(em, meeting, chair.expertId());
            if (!member.role.presides() || !meeting.presentMembers().contains(chair.expertId())) {
                throw Refusals.notPresiding();
            }
            requireStatus(meeting, MeetingStatus.CLOSED, "签发会议纪要", "sign the minutes");
            List<MeetingCandidateEntity> candidates = candidates(em, meetingId);
            List<Long> tied = candidates.stream().filter(c -> c.tiedAtCap).map(c -> c.applicationId).toList();
            if (winners.size() != meeting.seatsForTied || !tied.containsAll(winners)
                    || (tieWinners != null && tieWinners.size() != winners.size())) {
                throw tied.isEmpty() ? Refusals.noTie() : Refusals.tieUnresolved(tied, meeting.seatsForTied);
            }
            candidates.stream().filter(c -> c.tiedAtCap).forEach(c -> c.passed = winners.contains(c.applicationId));
            em.flush();
            // Issue 16 (found by the campaign at 100,000 files): each file's move appends an audit entry, whose head query
            // first compares every object the transaction holds; with the N candidates and the files moved so far held,
            // signing was O(N²). From here the candidates are only read, and the transaction is emptied every
            // signChunk files (written first). The files lock in id order, as the meeting's candidates are listed.
            em.clear();
            int moved = 0;
            for (MeetingCandidateEntity c : candidates) {
                ApplicationEntity file = em.find(ApplicationEntity.class, c.applicationId, LockModeType.PESSIMISTIC_WRITE);
                String reason = c.passed ? (c.tiedAtCap ? "评审委员会表决通过（并列，主持人确定）" : "评审委员会表决通过")
                        : c.passedBallot ? "表决同意但超出通过率（R-34）" : "评审委员会表决未通过";
                history.move(em, file, c.passed ? WorkflowAct.PASS : WorkflowAct.FAIL, chair.username(), reason);
                if (++moved % signChunk == 0) {
                    em.flush();
                    em.clear();
                }
            }
            MeetingEntity signed = find(em, meetingId, false); // this transaction still holds its lock
            signed.status = MeetingStatus.SIGNED;
            signed.signedBy = chair.expertId();
            signed.signedAt = Instant.now();
            em.flush();
            Minutes minutes = minutes(em, signed);
            em.clear(); // the minutes' N/50 audit entries, as in close
            recordWhole(em, chair.username(), "MINUTES_SIGNED", subject(signed), minutesInWords(minutes));
            return minutes;
        });
    }

    /** Files moved between two flushes of a signing (see sign). */
    private volatile int signChunk = 200;

    /** Files moved between two flushes of a signing; tests set a small number so that a signing crosses several. */
    public void flushSigningEvery(int files) {
        if (files < 1) {
            throw new IllegalArgumentException("at least one file between flushes, not " + files);
        }
        signChunk = files;
    }

    /**
     * Records the whole text, in as many entries as the audit log's detail length needs: a meeting of more than
     * some fifty candidates has longer minutes than one entry takes, which made it impossible to close (found by
     * issue 16's campaign benchmark). Parts are cut between the text's clauses and numbered; a text that fits is one
     * entry, as before.
     */
    private void recordWhole(EntityManager em, String actor, String action, String subject, String text) {
        List<String> parts = parts(text, AuditLog.MAX_DETAIL_LENGTH - 16);
        for (int i = 0; i < parts.size(); i++) {
            audit.record(em, actor, action, subject, parts.size() == 1 ? parts.get(0)
                    : "（第" + (i + 1) + "/" + parts.size() + "部分）" + parts.get(i));
        }
    }

    /** The text in pieces of at most {@code budget} characters, cut after a "；" where there is one. */
    static List<String> parts(String text, int budget) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > budget) {
            int cut = rest.lastIndexOf('；', budget - 1) + 1;
            if (cut <= 0) {
                cut = budget;
            }
            parts.add(rest.substring(0, cut));
            rest = rest.substring(cut);
        }
        parts.add(rest);
        return parts;
    }

    /** The minutes as the audit log keeps them: attendance, recusals, counts, result. */
    private static String minutesInWords(Minutes minutes) {
        Meeting meeting = minutes.meeting();
        return "应到" + meeting.members() + "人，实到" + meeting.present().size() + "人（" + String.join("、", new java.util.TreeSet<>(
                meeting.present())) + "）；回避：" + (meeting.recusals().isEmpty() ? "无" : meeting.recusals().stream()
                .map(r -> r.expertId() + "回避" + r.applicationId()).collect(Collectors.joining("、"))) + "；"
                + minutes.tallies().stream().map(t -> t.applicationId() + "：同意" + t.yes() + "，不同意" + t.no() + "，弃权"
                + t.abstain() + "，未投" + t.notVoted() + "，" + (Boolean.TRUE.equals(t.passed()) ? "通过" : "未通过"))
                .collect(Collectors.joining("；"));
    }

    private static String countsInWords(MeetingCandidateEntity c) {
        return c.applicationId + "：可投" + c.eligible + "人，同意" + c.yes + "，不同意" + c.no + "，弃权" + c.abstain;
    }

    private Minutes minutes(EntityManager em, MeetingEntity meeting) {
        List<MeetingCandidateEntity> candidates = candidates(em, meeting.id);
        return new Minutes(record(em, meeting), meeting.passRate, meeting.passLimit,
                candidates.stream().map(MeetingCandidateEntity::toTally).toList(),
                candidates.stream().filter(c -> c.tiedAtCap).map(c -> c.applicationId).toList(),
                meeting.seatsForTied, meeting.signedBy, meeting.signedAt);
    }

    // ---- helpers

    private Committee committee(String committeeId) {
        return catalog.committee(committeeId).orElseThrow(() -> CommitteeRefusals.unknownCommittee(committeeId, catalog));
    }

    /** The committee office of the committee's series runs its membership and meetings. */
    private Committee officeOf(String committeeId, Actor actor) {
        Committee committee = committee(committeeId);
        Access.require(actor, Act.EVALUATE, FileScope.ofSeries(committee.seriesCode()));
        return committee;
    }

    /** The office of the series, or a member of the committee (any term). */
    private void requireOfficeOrMember(Actor actor, Committee committee) {
        Access.requireActor(actor);
        if (actor.role() == Role.EXPERT) {
            boolean member = jpa.txExpr(TransactionType.Required, em -> roster(em, committee.id()).stream()
                    .anyMatch(m -> m.expert.toRecord().id().equals(actor.expertId())));
            if (!member) {
                throw Refusals.notAMember(actor.expertId());
            }
            return;
        }
        Access.require(actor, Act.EVALUATE, FileScope.ofSeries(committee.seriesCode()));
    }

    private static Map<String, CommitteeMemberEntity> serving(EntityManager em, MeetingEntity meeting) {
        return roster(em, meeting.committeeId).stream().filter(m -> m.toRecord().servesOn(meeting.date))
                .collect(Collectors.toMap(m -> m.expert.toRecord().id(), Function.identity()));
    }

    private static CommitteeMemberEntity requireServing(EntityManager em, MeetingEntity meeting, String expertId) {
        // the member's own terms only: every vote checks this, and the whole roster was read for it
        return em.createNamedQuery(CommitteeMemberEntity.OF_COMMITTEE_AND_EXPERT, CommitteeMemberEntity.class)
                .setParameter("committeeId", meeting.committeeId).setParameter("expertId", expertId).getResultList().stream()
                .filter(m -> m.toRecord().servesOn(meeting.date)).findFirst()
                .orElseThrow(() -> Refusals.notAMember(expertId));
    }

    private static void requireStatus(MeetingEntity meeting, MeetingStatus wanted, String actChinese, String actEnglish) {
        if (meeting.status != wanted) {
            throw Refusals.meetingStatus(meeting.status, actChinese, actEnglish);
        }
    }

    private static MeetingEntity find(EntityManager em, long meetingId, boolean lock) {
        MeetingEntity meeting = lock ? em.find(MeetingEntity.class, meetingId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(MeetingEntity.class, meetingId);
        if (meeting == null) {
            throw Refusals.unknownMeeting(meetingId);
        }
        return meeting;
    }

    /** The files the meeting decides: the committee's, of its year and grade, that the workflow table lets pass. */
    private static List<ApplicationEntity> candidates(EntityManager em, Committee committee, MeetingEntity meeting) {
        return em.createQuery("SELECT a FROM ApplicationEntity a WHERE a.seriesCode = :series AND a.specialty = :specialty"
                        + " AND a.evaluationYear = :year AND a.status IN :statuses", ApplicationEntity.class)
                .setParameter("series", committee.seriesCode()).setParameter("specialty", committee.specialty())
                .setParameter("year", meeting.year)
                .setParameter("statuses", List.copyOf(Transitions.of(WorkflowAct.PASS).from())).getResultList().stream()
                .filter(a -> committee.evaluates(a.getLevel()) && Grade.of(a.getLevel()) == meeting.grade)
                .sorted(Comparator.comparingLong(ApplicationEntity::getId)).toList();
    }

    private static List<MeetingCandidateEntity> candidates(EntityManager em, long meetingId) {
        return em.createNamedQuery(MeetingCandidateEntity.OF_MEETING, MeetingCandidateEntity.class)
                .setParameter("meetingId", meetingId).getResultList();
    }

    private static MeetingCandidateEntity candidate(EntityManager em, MeetingEntity meeting, long applicationId, boolean lock) {
        List<MeetingCandidateEntity> found = em.createQuery("SELECT c FROM MeetingCandidateEntity c WHERE c.meetingId = :meetingId"
                        + " AND c.applicationId = :applicationId", MeetingCandidateEntity.class)
                .setParameter("meetingId", meeting.id).setParameter("applicationId", applicationId)
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE).getResultList();
        if (found.isEmpty()) {
            throw Refusals.notACandidate(applicationId);
        }
        return found.get(0);
    }

    private static List<RecusalEntity> recusals(EntityManager em, long meetingId) {
        return em.createNamedQuery(RecusalEntity.OF_MEETING, RecusalEntity.class).setParameter("meetingId", meetingId)
                .getResultList();
    }

    private static boolean isRecused(EntityManager em, long meetingId, String expertId, long applicationId) {
        return em.createQuery("SELECT COUNT(r) FROM RecusalEntity r WHERE r.meetingId = :m AND r.expertId = :e"
                        + " AND r.applicationId = :a", Long.class).setParameter("m", meetingId).setParameter("e", expertId)
                .setParameter("a", applicationId).getSingleResult() > 0;
    }

    private static boolean hasVoted(EntityManager em, long meetingId, String expertId, long applicationId) {
        return em.createQuery("SELECT COUNT(b) FROM BallotCastEntity b WHERE b.meetingId = :m AND b.expertId = :e"
                        + " AND b.applicationId = :a", Long.class).setParameter("m", meetingId).setParameter("e", expertId)
                .setParameter("a", applicationId).getSingleResult() > 0;
    }

    private static Meeting record(EntityManager em, MeetingEntity meeting) {
        return meeting.toRecord(recusals(em, meeting.id).stream().map(RecusalEntity::toRecord).toList(),
                candidates(em, meeting.id).stream().map(c -> c.applicationId).toList());
    }

    private static String subject(MeetingEntity meeting) {
        return "meeting:" + meeting.id;
    }
}
