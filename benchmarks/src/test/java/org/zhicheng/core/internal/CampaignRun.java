package org.zhicheng.core.internal;

import static org.zhicheng.core.internal.TestActors.APPLICANT;
import static org.zhicheng.core.internal.TestActors.COMMITTEE_OFFICE;
import static org.zhicheng.core.internal.TestActors.COUNTY_BUREAU;
import static org.zhicheng.core.internal.TestActors.EMPLOYER;
import static org.zhicheng.core.internal.TestActors.TESTER;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

import org.zhicheng.api.attachment.AttachmentService;
import org.zhicheng.api.bulk.BulkOfficeActs;
import org.zhicheng.api.bulk.FeeLine;
import org.zhicheng.api.bulk.FileRef;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.FeePayment;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.evaluation.Expert;
import org.zhicheng.api.meeting.Appointment;
import org.zhicheng.api.meeting.BallotChoice;
import org.zhicheng.api.meeting.Meeting;
import org.zhicheng.api.meeting.MemberRole;
import org.zhicheng.api.scoring.Grade;
import org.zhicheng.api.scoring.ScoringItem;
import org.zhicheng.api.security.Actor;
import org.zhicheng.core.internal.security.CoreActors;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.bulk.BulkOfficeActsImpl;
import org.zhicheng.core.internal.campaign.CampaignRegistry;
import org.zhicheng.core.internal.campaign.TestCampaigns;
import org.zhicheng.core.internal.certificate.CertificateServiceImpl;
import org.zhicheng.core.internal.evaluation.EvaluationServiceImpl;
import org.zhicheng.core.internal.evaluation.MeetingServiceImpl;
import org.zhicheng.core.internal.file.FileContentServiceImpl;
import org.zhicheng.core.internal.series.SeriesStore;
import org.zhicheng.core.internal.series.TestDescriptors;
import org.zhicheng.testfixtures.FileCompletion;

/**
 * One 2023 campaign of N files through core's real services on a real embedded Derby, wired as core's tests wire them
 * (TestServices): registration and filing (every section, two scans, the commitment, R-13/R-15), the employer's
 * opinion and the publicity, recommendation, acceptance, the fee, expert assignment and scoring, one committee
 * meeting of row 4 that votes on every file (two thirds, R-34) and signs its minutes, and the certificates
 * . Each stage is timed on its own, so a slow one shows where the time goes.
 */
public final class CampaignRun implements AutoCloseable {

    private static final String WATER = TestDescriptors.series("water", "水利系列",
            "<specialty name=\"水利专业\" annexRow=\"4\"><committee levels=\"副高 中级\" unit=\"地区水利局\" phone=\"0997-2129001\"/></specialty>",
            // a second specialty, so that row 4 is a single specialty's committee (eleven members at least)
            "<specialty name=\"水土保持专业\" annexRow=\"70\"><committee levels=\"副高\" unit=\"地区水土保持站\" phone=\"0997-2129002\"/></specialty>");
    private static final String ROW4 = "water.4";
    private static final Actor OFFICE = CoreActors.issue(Actor.committeeOffice("water-office", Set.of("water")));
    private static final int MEMBERS = 11;
    /** Two thirds of eleven, rounded up. */
    private static final int YES_VOTES = 8;

    private final DerbyJpa jpa;
    private final Path database;
    private final CampaignRegistry campaigns;
    private final TestCareers applicants;
    private final ApplicationServiceImpl applications;
    private final FileContentServiceImpl contents;
    private final AttachmentService attachments;
    private final ScoringServiceImpl scoring;
    private final EvaluationServiceImpl evaluation;
    private final MeetingServiceImpl meetings;
    private final CertificateServiceImpl certificates;

    private final org.zhicheng.core.internal.review.ReviewDeskImpl desk;
    private List<String> members = List.of();
    private BulkOfficeActsImpl bulk;
    /**
     * Issue 16 item 1: the acts of a stage run on this many threads at once, as many applicants and offices act at
     * the same time, so that acts can overlap (one's reads with another's commit); null: one after another.
     */
    private final ExecutorService actors;

    public CampaignRun(Path database) throws Exception {
        this(database, 1);
    }

    /** With the acts of each stage driven from {@code threads} threads (1: one after another, on the caller's). */
    public CampaignRun(Path database, int threads) throws Exception {
        this(database, new DerbyJpa(database), threads);
    }

    /**
     * Issue 16 item 1: the same campaign on another database (PostgreSQL), migrated by the platform's Liquibase change log
     * first, as the container does; {@link #database()} is null then.
     */
    public static CampaignRun on(javax.sql.DataSource dataSource, int threads) throws Exception {
        return new CampaignRun(null, DerbyJpa.on(dataSource), threads);
    }

    private CampaignRun(Path database, DerbyJpa jpa, int threads) throws Exception {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        actors = threads == 1 ? null : Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "campaign-actor");
            thread.setDaemon(true);
            return thread;
        });
        this.database = database;
        this.jpa = jpa;
        SeriesStore store = new SeriesStore(jpa);
        TestDescriptors.declare(store, WATER, List.of("高", "中"));
        campaigns = TestCampaigns.registry("2023-08-14", 2023);
        AuditLogImpl audit = new AuditLogImpl(jpa);
        applicants = new TestCareers(jpa);
        applications = TestServices.applications(jpa, store, campaigns);
        contents = TestServices.fileContents(jpa, store);
        attachments = TestServices.attachments(contents);
        scoring = new ScoringServiceImpl(jpa, store, audit, campaigns);
        evaluation = new EvaluationServiceImpl(jpa, scoring, audit, store);
        meetings = new MeetingServiceImpl(jpa, audit, store, campaigns,
                TestCampaigns.configuration(MeetingServiceImpl.Configuration.class, Map.of()));
        certificates = new CertificateServiceImpl(jpa, campaigns, store, audit);
        desk = new org.zhicheng.core.internal.review.ReviewDeskImpl(jpa, campaigns, store);
    }

    /** The campaign's services, for the reads at scale (ReadsBenchmark). */
    public org.zhicheng.api.service.ApplicationService applications() {
        return applications;
    }

    public org.zhicheng.api.review.ReviewDesk desk() {
        return desk;
    }

    public org.zhicheng.api.meeting.MeetingService meetings() {
        return meetings;
    }

    /** The committee office of row 4's series, who runs its meetings. */
    public static Actor office() {
        return OFFICE;
    }

    /** A member present at the meeting {@link #openMeeting} opened. */
    public Actor member(int i) {
        return TestActors.expert(members.get(i));
    }

    /**
     * n files filed, reviewed, paid for and scored (the campaign's stages before its meeting), then the meeting of row 4
     * scheduled and opened with all n as candidates; the meeting's id. Untimed: the reads at scale read it.
     */
    public long openMeeting(int n) {
        List<Application> files = new ArrayList<>(n);
        TestCampaigns.setToday(campaigns, "2023-08-14");
        for (int i = 0; i < n; i++) {
            files.add(file(i));
        }
        toTheCommittee(files);
        return open(files).id();
    }

    /**
     * Issue 16 item 1, diagnosis: the SQL statements each act of one more file sends (EclipseLink's shared cache emptied
     * first, as DerbyJpa.statements does), after {@link #run}: filing in one (register, draft, sections, scans,
     * commitment, submit), then each review act on its own. Shows redundant reads per act.
     */
    public Map<String, Integer> statementsPerAct(int index) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        TestCampaigns.setToday(campaigns, "2023-08-14");
        Application[] file = new Application[1];
        counts.put("filing: register, draft, 6 sections, 2 scans, commitment, submit", jpa.statements(() -> file[0] = file(index)));
        counts.put("employer's approval", jpa.statements(() -> file[0] = applications.approveByEmployer(file[0].id(),
                file[0].version(), EMPLOYER, "同意推荐")));
        TestCampaigns.setToday(campaigns, "2023-08-21");
        counts.put("recommendation", jpa.statements(() -> file[0] = applications.recommend(file[0].id(), file[0].version(), EMPLOYER)));
        counts.put("material acceptance", jpa.statements(() -> file[0] = applications.acceptMaterial(file[0].id(),
                file[0].version(), COUNTY_BUREAU)));
        int fee = applications.feeFor(file[0].id(), TESTER);
        counts.put("fee payment", jpa.statements(() -> file[0] = applications.recordFeePayment(file[0].id(), file[0].version(),
                new FeePayment(file[0].id(), fee, FeePayment.Method.QR_CODE, "WX-" + file[0].id(), LocalDate.of(2023, 8, 21),
                        "committee-office"), COMMITTEE_OFFICE)));
        counts.put("to the committee", jpa.statements(() -> file[0] = evaluation.startEvaluation(file[0].id(), file[0].version(),
                COMMITTEE_OFFICE)));
        counts.put("expert assignment", jpa.statements(() -> evaluation.assignExperts(file[0].id(), List.of("scorer"),
                COMMITTEE_OFFICE)));
        Map<String, BigDecimal> points = points(file[0].id());
        counts.put("score sheet", jpa.statements(() -> scoring.submitScoreSheet(file[0].id(), TestActors.expert("scorer"), points)));
        counts.put("a read of the file (find)", jpa.statements(() -> applications.find(file[0].id(), TESTER)));
        return counts;
    }

    /** The platform's date as the campaign left it. */
    public void setToday(String date) {
        TestCampaigns.setToday(campaigns, date);
    }

    /** The embedded database's location (for the JDBC baseline, which writes the same rows to it). */
    public Path database() {
        return database;
    }

    /** Runs the campaign with n files; the nanoseconds of each stage, in the order they ran. */
    public Map<String, Long> run(int n) {
        Map<String, Long> stages = new LinkedHashMap<>();
        List<Application> files = new ArrayList<>(n);
        TestCampaigns.setToday(campaigns, "2023-08-14");
        long start = System.nanoTime();
        files.addAll(all(n, this::file));
        start = lap(stages, "filing (register, draft, 6 sections, 2 scans, commitment, submit)", start);
        start = toTheCommittee(files, stages, start);
        meeting(files);
        start = lap(stages, "meeting (" + MEMBERS + " members, " + YES_VOTES + " ballots per file, minutes signed)", start);
        files.replaceAll(f -> applications.find(f.id(), TESTER).orElseThrow()); // the versions the meeting left
        long passed = files.stream().filter(f -> f.status() == ApplicationStatus.PASSED).count();
        if (passed != n) {
            throw new IllegalStateException(passed + " of " + n + " files passed: the meeting did not pass them all");
        }
        TestCampaigns.setToday(campaigns, "2023-12-04"); // the certificates' month
        start = System.nanoTime(); // the check above is not the campaign's
        if (BULK) {
            inLists(files, list -> {
                bulk().issueCertificates(refs(list), COMMITTEE_OFFICE); // issue 16: the meeting's passed list at once
                return list;
            });
        } else {
            all(n, i -> certificates.issue(files.get(i).id(), COMMITTEE_OFFICE));
        }
        lap(stages, "certificates", start);
        stages.forEach((stage, nanos) -> System.out.printf("%s: %.1f s%n", stage, nanos / 1e9));
        return stages;
    }

    private void toTheCommittee(List<Application> files) {
        toTheCommittee(files, new LinkedHashMap<>(), System.nanoTime());
    }

    /** Employer, publicity, recommendation, acceptance, fee, evaluation, one expert's score sheet: each stage timed. */
    private long toTheCommittee(List<Application> files, Map<String, Long> stages, long start) {
        each(files, f -> applications.approveByEmployer(f.id(), f.version(), EMPLOYER, "同意推荐"));
        TestCampaigns.setToday(campaigns, "2023-08-21"); // after the five working days of publicity
        each(files, f -> applications.recommend(f.id(), f.version(), EMPLOYER));
        if (BULK) {
            inLists(files, list -> bulk().acceptMaterials(refs(list), COUNTY_BUREAU).files()); // issue 16: a batch
        } else {
            each(files, f -> applications.acceptMaterial(f.id(), f.version(), COUNTY_BUREAU));
        }
        start = lap(stages, "review chain (employer, publicity, recommendation, acceptance)", start);
        if (BULK) {
            // issue 16: the fees of a statement recorded at once, each amount the fee the platform derives
            inLists(files, list -> bulk().recordFeePayments(list.stream().map(f -> new FeeLine(f.id(), f.version(),
                    applications.feeFor(f.id(), TESTER), FeePayment.Method.QR_CODE, "WX-" + f.id(), LocalDate.of(2023, 8, 21)))
                    .toList(), COMMITTEE_OFFICE).files());
        } else {
            each(files, f -> applications.recordFeePayment(f.id(), f.version(), new FeePayment(f.id(),
                    applications.feeFor(f.id(), TESTER), FeePayment.Method.QR_CODE, "WX-" + f.id(), LocalDate.of(2023, 8, 21),
                    "committee-office"), COMMITTEE_OFFICE));
        }
        start = lap(stages, "fees", start);
        if (BULK) {
            inLists(files, list -> bulk().startEvaluations(refs(list), COMMITTEE_OFFICE).files()); // issue 16: the paid list
        } else {
            each(files, f -> evaluation.startEvaluation(f.id(), f.version(), COMMITTEE_OFFICE));
        }
        evaluation.registerExpert(new Expert("scorer", "专家scorer", "新疆农业大学", Set.of("water"), Set.of()), COMMITTEE_OFFICE);
        Map<String, BigDecimal> points = files.isEmpty() ? Map.of() : points(files.get(0).id());
        all(files.size(), i -> {
            long file = files.get(i).id();
            evaluation.assignExperts(file, List.of("scorer"), COMMITTEE_OFFICE);
            return scoring.submitScoreSheet(file, TestActors.expert("scorer"), points);
        });
        return lap(stages, "to the committee, expert scoring (assignment, one score sheet each)", start);
    }

    private Application file(int i) {
        // distinct resident ids: a birth date per thousand, a sequence number within it
        LocalDate born = LocalDate.of(1970, 1, 1).plusDays(i / 1000);
        String id = "652901" + born.toString().replace("-", "") + "%03d".formatted(i % 1000);
        Applicant applicant = applicants.register(new NewApplicant("参评人" + i, ResidentIdNumber.completing(id),
                "阿克苏地区水利局", Tier.PREFECTURE_DIRECT, ""), TESTER);
        Application draft = applications.createDraft(new NewApplication(applicant.id(), 2023, "water", "水利专业",
                TitleLevel.INTERMEDIATE, Channel.A_PREFECTURE_DIRECTED), APPLICANT);
        FileCompletion.complete(contents, attachments, draft.id(), APPLICANT);
        return applications.submit(draft.id(), draft.version(), APPLICANT);
    }

    /** Every item not computed by the platform, at 80% of its points. */
    private Map<String, BigDecimal> points(long applicationId) {
        Map<String, BigDecimal> points = new HashMap<>();
        for (ScoringItem item : scoring.standardFor(applicationId).items()) {
            if (!item.computed()) {
                points.put(item.id(), item.points().multiply(new BigDecimal("0.8")));
            }
        }
        return points;
    }

    private void meeting(List<Application> files) {
        Meeting meeting = open(files);
        List<Long> candidates = List.copyOf(meeting.candidates());
        // each member votes down the paper on their own device, all members at once
        all(YES_VOTES, m -> {
            for (long candidate : candidates) {
                // as the member's screen votes: answered with the line (cast), not the whole paper, which is N² reads
                meetings.cast(meeting.id(), candidate, BallotChoice.YES, TestActors.expert(members.get(m)));
            }
            return null;
        });
        meetings.close(meeting.id(), null, OFFICE);
        meetings.sign(meeting.id(), List.of(), TestActors.expert(members.get(0)));
    }

    /** Row 4's eleven members appointed, its meeting scheduled and opened with all of them present. */
    private Meeting open(List<Application> files) {
        List<String> members = new ArrayList<>();
        this.members = members;
        List<Appointment> appointments = new ArrayList<>();
        for (int i = 1; i <= MEMBERS; i++) {
            String id = "w%02d".formatted(i);
            evaluation.registerExpert(new Expert(id, "委员" + id, "新疆农业大学", Set.of("water"), Set.of()), COMMITTEE_OFFICE);
            members.add(id);
            appointments.add(new Appointment(id, TitleLevel.SENIOR_ASSOCIATE,
                    i == 1 ? MemberRole.CHAIR : i == 2 ? MemberRole.VICE_CHAIR : MemberRole.MEMBER,
                    LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31)));
        }
        meetings.appoint(ROW4, appointments, OFFICE);
        LocalDate day = LocalDate.of(2023, 9, 20);
        Meeting scheduled = meetings.schedule(ROW4, 2023, Grade.INTERMEDIATE, day, "地区水利局三楼会议室", OFFICE);
        TestCampaigns.setToday(campaigns, day.toString());
        Meeting meeting = meetings.open(scheduled.id(), new HashSet<>(members), OFFICE);
        if (meeting.candidates().size() != files.size()) {
            throw new IllegalStateException(meeting.candidates().size() + " candidates, " + files.size() + " files");
        }
        return meeting;
    }

    /**
     * Issue 16: the office stages (acceptance, fees, to the committee, certificates) through the bulk acts, one list of
     * up to 500 files per transaction; {@code -Dbench.campaign.bulk=false} acts file by file, as before (the comparison).
     */
    private static final boolean BULK = !"false".equals(System.getProperty("bench.campaign.bulk"));

    /**
     * Issue 16: a bulk office act on the files in lists of at most {@link BulkOfficeActs#MAX_FILES} (the lists on the
     * campaign's threads), keeping the files each list's act returns (their new versions).
     */
    private void inLists(List<Application> files, UnaryOperator<List<Application>> act) {
        int size = BulkOfficeActs.MAX_FILES;
        List<List<Application>> done = all((files.size() + size - 1) / size,
                i -> act.apply(List.copyOf(files.subList(i * size, Math.min(files.size(), (i + 1) * size)))));
        List<Application> acted = done.stream().flatMap(List::stream).toList();
        for (int i = 0; i < acted.size(); i++) {
            files.set(i, acted.get(i));
        }
    }

    private static List<FileRef> refs(List<Application> files) {
        return files.stream().map(f -> new FileRef(f.id(), f.version())).toList();
    }

    /** The bulk office acts over the campaign's services (made when a stage first needs them). */
    private BulkOfficeActsImpl bulk() {
        if (bulk == null) {
            bulk = new BulkOfficeActsImpl(jpa, applications, evaluation, certificates);
        }
        return bulk;
    }

    /** Applies the act to every file, keeping the file each act returns (its new version). */
    private void each(List<Application> files, UnaryOperator<Application> act) {
        List<Application> acted = all(files.size(), i -> act.apply(files.get(i)));
        for (int i = 0; i < acted.size(); i++) {
            files.set(i, acted.get(i));
        }
    }

    /** act(0) .. act(n - 1), on the campaign's threads; their results in that order. The first failure is thrown. */
    private <T> List<T> all(int n, IntFunction<T> act) {
        List<T> results = new ArrayList<>(n);
        if (actors == null) {
            for (int i = 0; i < n; i++) {
                results.add(act.apply(i));
            }
            return results;
        }
        List<Future<T>> pending = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int index = i;
            pending.add(actors.submit(() -> act.apply(index)));
        }
        try {
            for (Future<T> result : pending) {
                results.add(result.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the campaign was interrupted", e);
        } catch (ExecutionException e) {
            pending.forEach(p -> p.cancel(false));
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return results;
    }

    private static long lap(Map<String, Long> stages, String stage, long start) {
        long now = System.nanoTime();
        stages.put(stage, now - start);
        // a full-scale campaign runs for an hour or more: its log shows how far it got
        System.out.printf("campaign stage done at %s: %s, %.1f s%n", java.time.LocalTime.now().withNano(0), stage,
                (now - start) / 1e9);
        return now;
    }

    @Override
    public void close() {
        if (actors != null) {
            actors.shutdownNow();
        }
        jpa.close();
    }
}
