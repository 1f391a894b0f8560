package org.zhicheng.core.internal.document;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.zhicheng.api.campaign.CampaignService;
import org.zhicheng.api.certificate.Certificate;
import org.zhicheng.api.certificate.CertificateService;
import org.zhicheng.api.document.Annex;
import org.zhicheng.api.document.Document;
import org.zhicheng.api.document.DocumentLanguage;
import org.zhicheng.api.document.DocumentService;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.ApplicationStatus;
import org.zhicheng.api.domain.Publicity;
import org.zhicheng.api.domain.StatusChange;
import org.zhicheng.api.education.ContinuingEducationService;
import org.zhicheng.api.education.EducationExemption;
import org.zhicheng.api.evaluation.EvaluationService;
import org.zhicheng.api.evaluation.PublishedResult;
import org.zhicheng.api.file.Commitment;
import org.zhicheng.api.file.FileContentService;
import org.zhicheng.api.meeting.CommitteeMember;
import org.zhicheng.api.meeting.Meeting;
import org.zhicheng.api.meeting.MeetingService;
import org.zhicheng.api.meeting.Minutes;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.series.Committee;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.service.ApplicantService;
import org.zhicheng.api.service.ApplicationService;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.core.internal.Refusals;
import org.zhicheng.core.internal.certificate.CertificateEntity;
import org.zhicheng.core.internal.security.Access;
import org.zhicheng.core.internal.security.Act;
import org.zhicheng.core.internal.security.FileScope;

/**
 * The documents of issue 18 as PDF. Each document's data comes through the services that already decide who may read
 * it (the file, the certificate, the meeting), so a document is refused exactly where its data would be; the committee
 * lists go to whoever organises the committee's evaluation (its series' committee office, admins). The layout is
 * {@link PdfSheet}'s; the texts follow the notice's annex templates.
 */
@Component(service = DocumentService.class, configurationPid = DocumentServiceImpl.PID)
@Designate(ocd = DocumentServiceImpl.Config.class)
public class DocumentServiceImpl implements DocumentService {

    static final String PID = "org.zhicheng.documents";

    @ObjectClassDefinition(name = "Zhicheng documents", description = "PDF documents (issue 18)")
    public @interface Config {
        @AttributeDefinition(description = "Public base URL of the platform: the certificate's QR code carries"
                + " <base>/verify?number=..&name=.., the public verification page (R-38)")
        String verificationBaseUrl() default DEFAULT_BASE;
    }

    static final String DEFAULT_BASE = "http://localhost:8181";

    private final JpaTemplate jpa;
    private final CertificateService certificates;
    private final ApplicationService applications;
    private final ApplicantService applicants;
    private final FileContentService contents;
    private final ContinuingEducationService education;
    private final EvaluationService evaluation;
    private final MeetingService meetings;
    private final SeriesCatalog catalog;
    private final CampaignService campaigns;
    private final String base;
    private final Supplier<Instant> clock;

    @Activate
    public DocumentServiceImpl(@Reference(target = "(osgi.unit.name=zhicheng)") JpaTemplate jpa,
                               @Reference CertificateService certificates, @Reference ApplicationService applications,
                               @Reference ApplicantService applicants, @Reference FileContentService contents,
                               @Reference ContinuingEducationService education, @Reference EvaluationService evaluation,
                               @Reference MeetingService meetings, @Reference SeriesCatalog catalog,
                               @Reference CampaignService campaigns, Config config) {
        this(jpa, certificates, applications, applicants, contents, education, evaluation, meetings, catalog, campaigns,
                config == null ? DEFAULT_BASE : config.verificationBaseUrl(), Instant::now);
    }

    /** For tests: a fixed base URL and clock (the clock gives only the metadata's creation date). */
    DocumentServiceImpl(JpaTemplate jpa, CertificateService certificates, ApplicationService applications,
                        ApplicantService applicants, FileContentService contents, ContinuingEducationService education,
                        EvaluationService evaluation, MeetingService meetings, SeriesCatalog catalog,
                        CampaignService campaigns, String base, Supplier<Instant> clock) {
        this.jpa = jpa;
        this.certificates = certificates;
        this.applications = applications;
        this.applicants = applicants;
        this.contents = contents;
        this.education = education;
        this.evaluation = evaluation;
        this.meetings = meetings;
        this.catalog = catalog;
        this.campaigns = campaigns;
        String trimmed = base == null || base.isBlank() ? DEFAULT_BASE : base.trim();
        this.base = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- certificate (R-11, R-38)

    @Override
    public Document certificate(String number, Actor actor) {
        return certificate(number, DocumentLanguage.CHINESE, actor);
    }

    @Override
    public Document certificate(String number, DocumentLanguage language, Actor actor) {
        Access.requireActor(actor);
        String key = number == null ? "" : number.trim().toUpperCase(Locale.ROOT);
        long applicationId = jpa.txExpr(TransactionType.Required, em -> key.isEmpty() || key.length() > 80
                ? Optional.<Long>empty()
                : em.createQuery("SELECT c.application.id FROM CertificateEntity c WHERE c.number = :number", Long.class)
                        .setParameter("number", key).getResultList().stream().findFirst())
                .orElseThrow(() -> Refusal.UNKNOWN_CERTIFICATE.refuse(key));
        // read through the certificate service, which checks that the actor may see the file
        Certificate certificate = certificates.forApplication(applicationId, actor)
                .orElseThrow(() -> Refusal.UNKNOWN_CERTIFICATE.refuse(key));
        Application file = file(applicationId, actor);
        String committee = committeeOf(file).map(this::committeeName).orElse(certificate.seriesName());
        String url = verificationUrl(certificate.number(), certificate.holderName());
        if (language == DocumentLanguage.CHINESE_UYGHUR) {
            Optional<Series> series = catalog.find(file.seriesCode());
            String seriesUg = uyghur(series, certificate.seriesName());
            String specialtyUg = uyghur(series, certificate.specialty());
            // as seriesAndSpecialty, but Uyghur words are spaced; the Chinese where the series has no Uyghur
            String uyghurTitle = specialtyUg.equals(certificate.specialty()) && seriesUg.equals(certificate.seriesName())
                    ? seriesAndSpecialty(seriesUg, specialtyUg)
                    : specialtyUg.startsWith(seriesUg) ? specialtyUg : seriesUg + " " + specialtyUg;
            return pdf("certificate-" + certificate.number() + "-zh-ug",
                    bilingualCertificatePdf(certificate, committee, uyghurTitle, url, clock.get()));
        }
        return pdf("certificate-" + certificate.number(), certificatePdf(certificate, committee, url, clock.get()));
    }

    /** A series label in Uyghur where the series' bundle has it, else the Chinese (issue 19). */
    private static String uyghur(Optional<Series> series, String chinese) {
        return series.map(s -> s.label(UyghurTexts.UYGHUR, chinese)).orElse(chinese);
    }

    /**
     * The certificate in Chinese and Uyghur (issue 19): each row has its Chinese label at the left and its Uyghur at
     * the right, where a right-to-left reader starts; the Chinese stays the authoritative text.
     */
    static byte[] bilingualCertificatePdf(Certificate c, String committee, String uyghurTitle, String url, Instant created) {
        synchronized (PdfSheet.LOCK) {
            PdfSheet sheet = new PdfSheet(PdfSheet.ISSUER, "专业技术职务任职资格电子证书", UyghurTexts.text("certificate.title"),
                    c.number(), c.issuedOn());
            if (c.revoked()) {
                sheet.stamp("已撤销");
            }
            String level = UyghurTexts.level(c.level());
            String state = c.revoked() ? "已撤销（R-37）" : "有效";
            sheet.paragraph(c.holderName() + "同志经" + committee + "评审通过，具备" + seriesAndSpecialty(c.seriesName(), c.specialty())
                            + level(c) + "专业技术职务任职资格，特发此证。")
                    .uyghur(UyghurTexts.text("certificate.text", c.holderName(), uyghurTitle, level))
                    .table(new float[] {0.17f, 0.5f, 0.33f}, List.of(), List.of(
                            List.of("证书编号", c.number(), UyghurTexts.text("number")),
                            List.of("持证人", c.holderName(), UyghurTexts.text("holder")),
                            List.of("身份证号", c.maskedIdNumber(), UyghurTexts.text("idNumber")),
                            // the series and level in Uyghur are in the sentence above; a certificate stays one page
                            List.of("系列及专业", seriesAndSpecialty(c.seriesName(), c.specialty()),
                                    UyghurTexts.text("series") + "، " + UyghurTexts.text("specialty")),
                            List.of("资格级别", level(c) + "  " + level, UyghurTexts.text("level")),
                            List.of("评审年度", c.evaluationYear() + "年度", UyghurTexts.text("year")),
                            List.of("评审委员会", committee, UyghurTexts.text("committee")),
                            List.of("资格文件日期", PdfSheet.DAY.format(c.qualificationDocumentDate()), UyghurTexts.text("qualificationDate")),
                            List.of("发证日期", PdfSheet.DAY.format(c.issuedOn()), UyghurTexts.text("issuedOn")),
                            List.of("验证码", c.verificationCode(), UyghurTexts.text("verificationCode")),
                            List.of("状态", state + "  " + UyghurTexts.text(c.revoked() ? "revoked" : "valid"),
                                    UyghurTexts.text("state"))))
                    .qr(url, 96f, "扫描二维码或访问以下网址，输入证书编号和持证人姓名核验本证书真伪：" + url + "\n"
                            + UyghurTexts.text("certificate.verify"))
                    .signature(List.of(PdfSheet.ISSUER, UyghurTexts.text("issuer"),
                            PdfSheet.DAY.format(c.issuedOn()) + "  " + UyghurTexts.day(c.issuedOn())), true);
            return sheet.pdf(created);
        }
    }

    static byte[] certificatePdf(Certificate c, String committee, String url, Instant created) {
        synchronized (PdfSheet.LOCK) {
            PdfSheet sheet = new PdfSheet(PdfSheet.ISSUER, "专业技术职务任职资格电子证书", c.number(), c.issuedOn());
            if (c.revoked()) {
                sheet.stamp("已撤销");
            }
            sheet.paragraph(c.holderName() + "同志经" + committee + "评审通过，具备" + seriesAndSpecialty(c.seriesName(), c.specialty())
                            + level(c) + "专业技术职务任职资格，特发此证。")
                    .fields(List.of(
                            row("证书编号", c.number()),
                            row("持证人", c.holderName()),
                            row("身份证号", c.maskedIdNumber()),
                            row("系列", c.seriesName()),
                            row("专业", c.specialty()),
                            row("资格级别", level(c)),
                            row("评审年度", c.evaluationYear() + "年度"),
                            row("评审委员会", committee),
                            row("资格文件日期", PdfSheet.DAY.format(c.qualificationDocumentDate())),
                            row("发证日期", PdfSheet.DAY.format(c.issuedOn())),
                            row("验证码", c.verificationCode()),
                            row("状态", c.revoked() ? "已撤销（R-37）" : "有效")))
                    .qr(url, 96f, "扫描二维码或访问以下网址，输入证书编号和持证人姓名核验本证书真伪：" + url)
                    .signature(List.of(PdfSheet.ISSUER, PdfSheet.DAY.format(c.issuedOn())), true);
            return sheet.pdf(created);
        }
    }

    @Override
    public String verificationUrl(String number, String holderName) {
        return base + "/verify?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8)
                + "&name=" + URLEncoder.encode(holderName, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- annexes (R-13, R-18, R-20)

    @Override
    public List<Annex> availableAnnexes(long applicationId, Actor actor) {
        Application file = file(applicationId, actor);
        List<Annex> annexes = new ArrayList<>();
        Optional<Publicity> publicity = applications.publicity(applicationId, actor);
        if (publicity.isPresent()) {
            annexes.add(Annex.PUBLICITY);
            if (recommended(applicationId, actor).isPresent()) {
                annexes.add(Annex.RECOMMENDATION);
            }
        }
        if (contents.commitment(applicationId, actor).isPresent()) {
            annexes.add(Annex.COMMITMENT);
        }
        if (!education.exemptions(file.applicantId(), actor).isEmpty()) {
            annexes.add(Annex.EDUCATION_EXEMPTION);
        }
        return annexes.stream().sorted(Comparator.comparingInt(Annex::number)).toList();
    }

    @Override
    public Document annex(long applicationId, Annex annex, Actor actor) {
        return annex(applicationId, annex, DocumentLanguage.CHINESE, actor);
    }

    @Override
    public Document annex(long applicationId, Annex annex, DocumentLanguage language, Actor actor) {
        if (annex == null) {
            throw Refusal.INVALID_INPUT.refuseOn("annex", "请选择附件1至附件4之一");
        }
        boolean bilingual = language == DocumentLanguage.CHINESE_UYGHUR;
        if (bilingual && annex != Annex.COMMITMENT) {
            throw Refusal.INVALID_INPUT.refuseOn("lang", "汉维双语版只提供电子证书和附件3个人承诺书");
        }
        Application file = file(applicationId, actor);
        Applicant applicant = applicants.find(file.applicantId(), actor)
                .orElseThrow(() -> Refusals.unknownApplicant(file.applicantId()));
        String title = seriesAndSpecialty(seriesName(file), file.specialty()) + " " + file.level().officialTerm();
        String number = "ZC-" + file.evaluationYear() + "-F" + annex.number() + "-" + String.format(Locale.ROOT, "%06d", applicationId);
        String name = annex.slug() + "-" + applicationId + (bilingual ? "-zh-ug" : "");
        Refusal.Text notReady = Refusal.DOCUMENT_NOT_READY.variant(annex.slug());
        byte[] bytes;
        synchronized (PdfSheet.LOCK) {
            switch (annex) {
                case PUBLICITY -> {
                    Publicity p = applications.publicity(applicationId, actor).orElseThrow(notReady::refuse);
                    bytes = new PdfSheet(employerOf(applicant), "附件1  单位公示通知", number, p.firstDay())
                            .paragraph("经本单位审核，" + applicant.fullName() + "同志申报" + file.evaluationYear() + "年度" + title
                                    + "专业技术职务任职资格，其申报材料真实、完整、有效。现将有关情况予以公示，公示期自"
                                    + PdfSheet.DAY.format(p.firstDay()) + "至" + PdfSheet.DAY.format(p.lastDay()) + "。")
                            .fields(List.of(row("申报人", applicant.fullName()), row("工作单位", employerOf(applicant)),
                                    row("申报系列及级别", title), row("公示期", period(p)), row("单位审核意见", p.employerOpinion())))
                            .paragraph("公示期间，如对公示内容有异议，请以书面形式向本单位反映。反映情况应实事求是，并署真实姓名。")
                            .signature(List.of(employerOf(applicant), PdfSheet.DAY.format(p.firstDay())), true)
                            .pdf(clock.get());
                }
                case RECOMMENDATION -> {
                    Publicity p = applications.publicity(applicationId, actor).orElseThrow(notReady::refuse);
                    StatusChange recommended = recommended(applicationId, actor).orElseThrow(notReady::refuse);
                    LocalDate day = recommended.at().atZone(PdfSheet.CHINA).toLocalDate();
                    bytes = new PdfSheet(employerOf(applicant), "附件2  单位推荐意见", number, day)
                            .fields(List.of(row("申报人", applicant.fullName()), row("工作单位", employerOf(applicant)),
                                    row("身份证号", applicant.maskedIdNumber()), row("申报系列及级别", title),
                                    row("单位审核意见", p.employerOpinion()),
                                    row("公示情况", period(p) + "，公示期满无异议")))
                            .paragraph("经本单位审核并公示，同意推荐" + applicant.fullName() + "同志申报" + title
                                    + "专业技术职务任职资格。")
                            .signature(List.of("单位负责人（签字）：", employerOf(applicant), PdfSheet.DAY.format(day)), true)
                            .pdf(clock.get());
                }
                case COMMITMENT -> {
                    Commitment c = contents.commitment(applicationId, actor).orElseThrow(notReady::refuse);
                    LocalDate day = c.signedAt().atZone(PdfSheet.CHINA).toLocalDate();
                    String signer = c.signerName() == null ? applicant.fullName() : c.signerName();
                    bytes = bilingual ? bilingualCommitmentPdf(c, applicant.fullName(), signer, title, number, day)
                            : new PdfSheet(PdfSheet.ISSUER, "附件3  个人承诺书", number, day)
                            .paragraph(c.text())
                            .fields(List.of(row("申报人", applicant.fullName()), row("申报系列及级别", title),
                                    row("签署", signer + "（账号 " + c.signedBy() + "）于 "
                                            + PdfSheet.DAY.format(day) + " 在平台上签署"))) // R-13
                            .signature(List.of("承诺人：" + signer, PdfSheet.DAY.format(day)), false)
                            .pdf(clock.get());
                }
                case EDUCATION_EXEMPTION -> {
                    List<EducationExemption> exemptions = education.exemptions(file.applicantId(), actor);
                    if (exemptions.isEmpty()) {
                        throw notReady.refuse();
                    }
                    bytes = new PdfSheet(PdfSheet.ISSUER, "附件4  继续教育免修申请表", number,
                            LocalDate.of(exemptions.get(exemptions.size() - 1).year(), 12, 31))
                            .fields(List.of(row("申请人", applicant.fullName()), row("身份证号", applicant.maskedIdNumber()),
                                    row("工作单位", employerOf(applicant)), row("申报系列及级别", title)))
                            .table(new float[] {0.2f, 0.45f, 0.35f}, List.of("年度", "批准单位", "批准文号"),
                                    exemptions.stream().sorted(Comparator.comparingInt(EducationExemption::year))
                                            .map(e -> List.of(e.year() + "年度", e.approvedBy(), e.reference())).toList())
                            .paragraph("以上年度经批准免修继续教育，免修表代替当年度继续教育学时证明（R-18）。")
                            .signature(List.of("批准单位（盖章）", "（访惠聚工作队办公室或统战部）"), true)
                            .pdf(clock.get());
                }
                default -> throw new IllegalStateException(annex.name());
            }
        }
        return pdf(name, bytes);
    }

    /** Annex 3 in Chinese and Uyghur (issue 19, R-13): the signed Chinese text first, then its Uyghur translation. */
    private byte[] bilingualCommitmentPdf(Commitment c, String applicant, String signer, String title, String number,
                                          LocalDate day) {
        return new PdfSheet(PdfSheet.ISSUER, "附件3  个人承诺书", UyghurTexts.text("commitment.title"), number, day)
                .paragraph(c.text())
                .uyghur(UyghurTexts.text("commitment.translation"))
                .table(new float[] {0.2f, 0.45f, 0.35f}, List.of(), List.of(
                        List.of("申报人", applicant, UyghurTexts.text("applicant")),
                        List.of("申报系列及级别", title, UyghurTexts.text("title")),
                        List.of("签署", signer + "（账号 " + c.signedBy() + "）于 " + PdfSheet.DAY.format(day) + " 在平台上签署",
                                UyghurTexts.text("signing") + ": " + UyghurTexts.text("signing.text")))) // R-13
                .signature(List.of("承诺人：" + signer, UyghurTexts.text("signer", signer), PdfSheet.DAY.format(day),
                        UyghurTexts.day(day)), false)
                .pdf(clock.get());
    }

    // ---------------------------------------------------------------- committee lists (R-10, R-11, R-35)

    @Override
    public Document qualificationDocument(String committeeId, int year, Actor actor) {
        Committee committee = organisedCommittee(committeeId, actor);
        List<PublishedResult> results = evaluation.committeeResults(committee.id(), year);
        LocalDate day = jpa.txExpr(TransactionType.Required, em -> Optional.ofNullable(em.createNamedQuery(
                        CertificateEntity.FIRST_DOCUMENT_DATE, LocalDate.class).setParameter("year", year)
                .setParameter("seriesCode", committee.seriesCode()).getSingleResult())).orElseGet(campaigns::today);
        String name = committeeName(committee);
        synchronized (PdfSheet.LOCK) {
            return pdf("qualification-" + committee.id() + "-" + year, new PdfSheet(PdfSheet.ISSUER,
                    "关于" + year + "年度专业技术职务任职资格评审结果的通知", "ZC-" + year + "-" + committee.id() + "-ZG", day)
                    .paragraph("经" + name + "评审通过，并经公示无异议，下列" + results.size() + "名同志具备相应专业技术职务任职资格，"
                            + "资格自本文件印发之日起计算。")
                    .table(new float[] {0.07f, 0.2f, 0.33f, 0.26f, 0.14f}, List.of("序号", "姓名", "工作单位", "专业", "资格级别"),
                            resultRows(results))
                    .signature(List.of(PdfSheet.ISSUER, PdfSheet.DAY.format(day)), true)
                    .pdf(clock.get()));
        }
    }

    @Override
    public Document resultPublicity(String committeeId, int year, Actor actor) {
        Committee committee = organisedCommittee(committeeId, actor);
        List<PublishedResult> results = evaluation.committeeResults(committee.id(), year);
        LocalDate day = campaigns.today();
        synchronized (PdfSheet.LOCK) {
            return pdf("result-publicity-" + committee.id() + "-" + year, new PdfSheet(PdfSheet.ISSUER,
                    year + "年度" + committeeName(committee) + "评审结果公示", "ZC-" + year + "-" + committee.id() + "-GS", day)
                    .paragraph("根据职称评审“四公开”的要求，现将" + committeeName(committee) + year + "年度评审通过人员名单予以公示"
                            + "（R-10、R-35）。公示期间，对公示对象有异议的，请以书面形式向评审委员会办公室（" + committee.organisingUnit()
                            + (committee.phone() == null ? "" : "，电话 " + committee.phone()) + "）反映。")
                    .table(new float[] {0.07f, 0.2f, 0.33f, 0.26f, 0.14f}, List.of("序号", "姓名", "工作单位", "专业", "资格级别"),
                            resultRows(results))
                    .signature(List.of(committeeName(committee) + "办公室", PdfSheet.DAY.format(day)), true)
                    .pdf(clock.get()));
        }
    }

    private static List<List<String>> resultRows(List<PublishedResult> results) {
        List<List<String>> rows = new ArrayList<>();
        for (PublishedResult r : results) {
            rows.add(List.of(String.valueOf(rows.size() + 1), r.fullName(), r.employer() == null ? "" : r.employer(),
                    r.specialty(), r.level().officialTerm()));
        }
        if (rows.isEmpty()) {
            rows.add(List.of("", "无", "", "", ""));
        }
        return rows;
    }

    // ---------------------------------------------------------------- minutes (issue 14)

    @Override
    public Document minutes(long meetingId, Actor actor) {
        Minutes minutes = meetings.minutes(meetingId, actor);
        Meeting meeting = minutes.meeting();
        Map<String, String> names = meetings.members(meeting.committeeId(), actor).stream()
                .collect(Collectors.toMap(CommitteeMember::expertId, CommitteeMember::name, (a, b) -> a));
        String committee = catalog.committee(meeting.committeeId()).map(this::committeeName).orElse(meeting.committeeId());
        synchronized (PdfSheet.LOCK) {
            return pdf("minutes-" + meetingId, minutesPdf(minutes, committee, names, clock.get()));
        }
    }

    static byte[] minutesPdf(Minutes minutes, String committee, Map<String, String> names, Instant created) {
        Meeting meeting = minutes.meeting();
        List<String[]> head = new ArrayList<>(List.of(row("评审委员会", committee), row("会议日期", PdfSheet.DAY.format(meeting.date())),
                row("地点", meeting.place()), row("出席", "应到" + meeting.members() + "人，实到" + meeting.present().size() + "人："
                        + meeting.present().stream().sorted().map(id -> name(names, id)).collect(Collectors.joining("、"))),
                row("回避", meeting.recusals().isEmpty() ? "无" : meeting.recusals().stream()
                        .map(r -> name(names, r.expertId()) + "回避" + blindCode(minutes, r.applicationId()) + "：" + r.reason()
                                + (r.derived() ? "（系统识别）" : "（本人声明）")).collect(Collectors.joining("；")))));
        if (minutes.passRate() != null) {
            head.add(row("通过率", minutes.passRate().movePointRight(2).stripTrailingZeros().toPlainString() + "%，通过上限"
                    + minutes.passLimit() + "人（R-34）"));
        }
        List<List<String>> tallies = minutes.tallies().stream().map(t -> List.of(t.blindCode(), String.valueOf(t.eligible()),
                String.valueOf(t.yes()), String.valueOf(t.no()), String.valueOf(t.abstain()), String.valueOf(t.notVoted()),
                t.expertScore() == null ? "" : t.expertScore().toPlainString(),
                t.defenseScore() == null ? "" : t.defenseScore().toPlainString(), result(t))).toList();
        String signed = minutes.signedBy() == null ? "主持人（签字）：未签发"
                : "主持人（签字）：" + name(names, minutes.signedBy());
        String when = minutes.signedAt() == null ? "" : PdfSheet.DAY.format(minutes.signedAt().atZone(PdfSheet.CHINA));
        return new PdfSheet(committee, "评审会议纪要", "ZC-" + meeting.year() + "-M-" + String.format(Locale.ROOT, "%06d", meeting.id()),
                meeting.date())
                .fields(head)
                .subheading("表决结果（无记名投票，同意票达到可投票委员三分之二为通过）")
                .table(new float[] {0.17f, 0.09f, 0.08f, 0.09f, 0.08f, 0.09f, 0.11f, 0.11f, 0.18f},
                        List.of("匿名编号", "可投票", "同意", "不同意", "弃权", "未投票", "专家评分", "答辩成绩", "结果"), tallies)
                .signature(when.isEmpty() ? List.of(signed) : List.of(signed, when), false)
                .pdf(created);
    }

    static String result(Minutes.Tally tally) {
        return tally.passed() == null ? "并列待定" : tally.passed() ? "通过" : tally.passedBallot() ? "超出通过率未通过" : "未通过";
    }

    private static String name(Map<String, String> names, String expertId) {
        String name = names.get(expertId);
        return name == null ? expertId : name;
    }

    private static String blindCode(Minutes minutes, long applicationId) {
        return minutes.tallies().stream().filter(t -> t.applicationId() == applicationId).map(Minutes.Tally::blindCode)
                .findFirst().orElse("#" + applicationId);
    }

    // ---------------------------------------------------------------- helpers

    private Application file(long applicationId, Actor actor) {
        Access.requireActor(actor);
        return applications.find(applicationId, actor).orElseThrow(() -> Refusals.unknownApplication(applicationId));
    }

    private Optional<StatusChange> recommended(long applicationId, Actor actor) {
        return applications.history(applicationId, actor).stream().filter(change -> change.to() == ApplicationStatus.RECOMMENDED)
                .reduce((first, second) -> second);
    }

    /** The committee, for whoever organises its evaluation: its series' committee office, admins. */
    private Committee organisedCommittee(String committeeId, Actor actor) {
        Access.requireActor(actor);
        Committee committee = catalog.committee(committeeId).orElseThrow(() -> Refusal.UNKNOWN_COMMITTEE.refuse(committeeId));
        Access.require(actor, Act.EVALUATE, FileScope.ofSeries(committee.seriesCode()));
        return committee;
    }

    private Optional<Committee> committeeOf(Application file) {
        return catalog.find(file.seriesCode()).flatMap(s -> s.committeeFor(file.specialty(), file.level()));
    }

    private String seriesName(Application file) {
        return catalog.find(file.seriesCode()).map(Series::name).orElse(file.seriesCode());
    }

    String committeeName(Committee committee) {
        String series = catalog.find(committee.seriesCode()).map(Series::name).orElse(committee.seriesCode());
        return seriesAndSpecialty(series, committee.specialty()) + committee.levels().stream().map(l -> l.officialTerm())
                .collect(Collectors.joining("、")) + "评审委员会";
    }

    /** 统计系列 + 统计系列高级统计专业 reads 统计系列高级统计专业: a specialty named after its series says it once. */
    static String seriesAndSpecialty(String series, String specialty) {
        return specialty.startsWith(series) ? specialty : series + specialty;
    }

    private static String employerOf(Applicant applicant) {
        return applicant.employer() == null ? "（申报人所在单位）" : applicant.employer();
    }

    private static String period(Publicity p) {
        return PdfSheet.DAY.format(p.firstDay()) + "至" + PdfSheet.DAY.format(p.lastDay());
    }

    private static String level(Certificate c) {
        return c.level().officialTerm();
    }

    private static String[] row(String label, String value) {
        return new String[] {label, value == null ? "" : value};
    }

    private static Document pdf(String name, byte[] bytes) {
        return new Document(name + ".pdf", Document.PDF, bytes);
    }
}
