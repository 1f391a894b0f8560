package org.zhicheng.core.internal.sheet;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.evaluation.EvaluationService;
import org.zhicheng.api.evaluation.PublishedResult;
import org.zhicheng.api.review.ReviewDesk;
import org.zhicheng.api.review.ReviewQuery;
import org.zhicheng.api.review.ReviewRow;
import org.zhicheng.api.scoring.ScoreSheet;
import org.zhicheng.api.scoring.ScoringService;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.security.Role;
import org.zhicheng.api.series.Committee;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.api.sheet.ImportKind;
import org.zhicheng.api.sheet.SheetFile;
import org.zhicheng.api.sheet.SheetFormat;
import org.zhicheng.api.sheet.SheetImport;
import org.zhicheng.api.sheet.SheetService;
import org.zhicheng.core.internal.Refusals;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.persistence.ApplicationEntity;
import org.zhicheng.core.internal.security.Access;
import org.zhicheng.core.internal.unit.UnitsImporter;

/**
 * Spreadsheets (issue 18). Exports read through the services behind the screens with the caller's actor, so that they
 * show exactly what those show; imports run one pipeline: the file read whole, the header, every row checked (against
 * the database too), and only when nothing is wrong the new rows stored and audited in one transaction.
 */
@Component(service = SheetService.class, configurationPid = SheetServiceImpl.PID)
@Designate(ocd = SheetConfiguration.class)
public class SheetServiceImpl implements SheetService {

    static final String PID = "org.zhicheng.sheet";
    /** Beyond this an export is cut: a queue of that many files is a job for the integration API, not a sheet. */
    static final int MAX_EXPORT_ROWS = 20_000;
    private static final int PAGE = 500;
    private static final Set<Role> SCORE_READERS = Set.of(Role.COMMITTEE_OFFICE, Role.INTEGRATION, Role.SYSTEM);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final JpaTemplate jpa;
    private final AuditLogImpl audit;
    private final SeriesCatalog catalog;
    private final ReviewDesk desk;
    private final EvaluationService evaluation;
    private final ScoringService scoring;
    private final Map<ImportKind, SheetImporter<?>> importers = new LinkedHashMap<>();
    private volatile long maxBytes;
    private volatile int maxRows;

    @Activate
    public SheetServiceImpl(SheetConfiguration configuration, @Reference(target = "(osgi.unit.name=zhicheng)") JpaTemplate jpa,
                            @Reference AuditLogImpl audit, @Reference SeriesCatalog catalog, @Reference ReviewDesk desk,
                            @Reference EvaluationService evaluation, @Reference ScoringService scoring) {
        this.jpa = jpa;
        this.audit = audit;
        this.catalog = catalog;
        this.desk = desk;
        this.evaluation = evaluation;
        this.scoring = scoring;
        for (SheetImporter<?> importer : List.of(new EducationHoursImporter(), new ExamResultsImporter(), new UnitsImporter())) {
            importers.put(importer.kind(), importer);
        }
        modified(configuration);
    }

    @Modified
    void modified(SheetConfiguration configuration) {
        maxBytes = configuration.maxBytes();
        maxRows = configuration.maxRows();
    }

    // ---- exports

    @Override
    public SheetFile reviewQueue(ReviewQuery query, SheetFormat format, Actor actor) {
        List<List<Object>> rows = new ArrayList<>();
        for (ReviewRow row : queue(query == null ? new ReviewQuery(false, null, null, null) : query, actor)) {
            Application file = row.application();
            rows.add(List.of(file.id(), row.applicantName(), row.idNumberMasked(), file.evaluationYear(), seriesName(file.seriesCode()),
                    file.specialty(), file.level().officialTerm(), channel(file.channel()), file.status().officialTerm(),
                    text(row.since()), row.daysWaiting(), text(row.deadline())));
        }
        return file("审核队列", format, List.of("编号", "申报人", "身份证号", "年度", "系列", "专业", "级别", "申报方式", "状态",
                "状态变更日期", "等待天数", "截止日期"), rows);
    }

    @Override
    public SheetFile roster(String seriesCode, int year, SheetFormat format, Actor actor) {
        Series series = catalog.find(seriesCode).orElseThrow(() -> Refusals.unknownSeries(seriesCode));
        List<List<Object>> rows = new ArrayList<>();
        for (ReviewRow row : queue(new ReviewQuery(false, null, series.code(), null), actor)) {
            Application file = row.application();
            if (file.evaluationYear() == year) {
                rows.add(List.of(file.id(), row.applicantName(), row.idNumberMasked(), file.specialty(), file.level().officialTerm(),
                        channel(file.channel()), file.status().officialTerm(), file.submissionCount()));
            }
        }
        rows.sort(Comparator.comparing(r -> (Long) r.get(0)));
        return file(series.name() + year + "年申报人名册", format,
                List.of("编号", "姓名", "身份证号", "专业", "级别", "申报方式", "状态", "提交次数"), rows);
    }

    @Override
    public SheetFile committeeResults(String committeeId, int year, SheetFormat format, Actor actor) {
        // published on purpose: anybody, signed in or not, as the public results screen shows them
        List<PublishedResult> results = evaluation.committeeResults(committeeId, year);
        Committee committee = catalog.committee(committeeId).orElseThrow();
        List<List<Object>> rows = new ArrayList<>();
        for (PublishedResult result : results) {
            rows.add(List.of(result.applicationId(), result.fullName(), result.employer() == null ? "" : result.employer(),
                    seriesName(result.seriesCode()), result.specialty(), result.level().officialTerm(), result.evaluationYear()));
        }
        return file(committee.specialty() + year + "年评审结果", format,
                List.of("编号", "姓名", "工作单位", "系列", "专业", "级别", "年度"), rows);
    }

    @Override
    public SheetFile scoreSheets(String committeeId, int year, SheetFormat format, Actor actor) {
        Access.requireRole(actor, SCORE_READERS, "导出评分表");
        evaluation.committeeResults(committeeId, year); // refuses an unknown committee as the results do
        Committee committee = catalog.committee(committeeId).orElseThrow();
        Map<Long, String> files = new LinkedHashMap<>();
        jpa.tx(TransactionType.Required, em -> em.createQuery("SELECT a FROM ApplicationEntity a WHERE"
                        + " a.seriesCode = :series AND a.specialty = :specialty AND a.evaluationYear = :year ORDER BY a.id",
                        ApplicationEntity.class)
                .setParameter("series", committee.seriesCode()).setParameter("specialty", committee.specialty())
                .setParameter("year", year).getResultList().stream().filter(a -> committee.evaluates(a.getLevel()))
                .forEach(a -> files.put(a.getId(), a.getLevel().officialTerm())));
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<Long, String> file : files.entrySet()) {
            long applicationId = file.getKey();
            List<ScoreSheet> sheets = new ArrayList<>(scoring.scoreSheets(applicationId, actor)); // the office's scope, per file
            sheets.sort(Comparator.comparing(ScoreSheet::submittedAt));
            Map<String, String> pseudonyms = new HashMap<>();
            for (ScoreSheet sheet : sheets) {
                // blind review: the experts of a file are numbered, never named, in the order they scored
                String expert = pseudonyms.computeIfAbsent(sheet.scorer(), id -> "专家" + (pseudonyms.size() + 1));
                sheet.points().forEach((item, points) -> rows.add(List.of(applicationId, committee.specialty(),
                        file.getValue(), expert, item, points, sheet.total(), MINUTE.format(sheet.submittedAt()))));
            }
        }
        return file(committee.specialty() + year + "年评分表", format,
                List.of("编号", "专业", "级别", "评分专家", "评分项", "得分", "总分", "提交时间"), rows);
    }

    private List<ReviewRow> queue(ReviewQuery query, Actor actor) {
        List<ReviewRow> rows = new ArrayList<>();
        while (rows.size() < MAX_EXPORT_ROWS) {
            List<ReviewRow> page = desk.queue(query, rows.size(), PAGE, actor);
            rows.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
        }
        return rows;
    }

    private String seriesName(String code) {
        return catalog.find(code).map(Series::name).orElse(code);
    }

    private static String channel(Channel channel) {
        return switch (channel) {
            case A_PREFECTURE_DIRECTED -> "地区定向评价";
            case B_RECOMMENDED -> "推荐评审";
            case C_PRIVATE_ENTERPRISE -> "民营企业专项评审";
        };
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static SheetFile file(String title, SheetFormat format, List<String> header, List<List<Object>> rows) {
        SheetFormat chosen = format == null ? SheetFormat.XLSX : format;
        return new SheetFile(title + "." + chosen.extension(), chosen, SheetWriting.write(chosen, title, header, rows));
    }

    // ---- imports

    @Override
    public SheetFile template(ImportKind kind, SheetFormat format, Actor actor) {
        Access.requireActor(actor);
        SheetImporter<?> importer = importer(kind);
        return file(kind.chineseName() + "导入模板", format, importer.columns().stream().map(Column::chinese).toList(), List.of());
    }

    @Override
    public SheetImport check(ImportKind kind, String fileName, byte[] content, Actor actor) {
        return SheetPipeline.run(jpa, audit, importer(kind), fileName, content, actor, false, maxBytes, maxRows).result();
    }

    @Override
    public SheetImport importSheet(ImportKind kind, String fileName, byte[] content, Actor actor) {
        return SheetPipeline.run(jpa, audit, importer(kind), fileName, content, actor, true, maxBytes, maxRows).result();
    }

    private SheetImporter<?> importer(ImportKind kind) {
        if (kind == null) {
            throw Refusal.INVALID_INPUT.variant("sheetKind").refuse();
        }
        return importers.get(kind);
    }

}
