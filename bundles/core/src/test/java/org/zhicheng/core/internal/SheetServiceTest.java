package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhicheng.core.internal.TestActors.TESTER;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhicheng.core.internal.security.CoreActors;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.review.ReviewQuery;
import org.zhicheng.api.security.Actor;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.api.sheet.CellError;
import org.zhicheng.api.sheet.ImportKind;
import org.zhicheng.api.sheet.SheetFile;
import org.zhicheng.api.sheet.SheetFormat;
import org.zhicheng.api.sheet.SheetImport;
import org.zhicheng.core.internal.campaign.TestCampaigns;
import org.zhicheng.core.internal.education.ContinuingEducationServiceImpl;
import org.zhicheng.core.internal.review.ReviewDeskImpl;
import org.zhicheng.core.internal.series.TestDescriptors;
import org.zhicheng.core.internal.sheet.SheetConfiguration;
import org.zhicheng.core.internal.sheet.SheetServiceImpl;

/** Spreadsheet exports and imports (issue 18) on real Derby: every row or none, audited once, idempotent. */
class SheetServiceTest extends CoreTestSupport {

    private static final String WATER = TestDescriptors.series("water", "水利系列",
            "<specialty name=\"水利专业\"><committee levels=\"副高 中级 助理\" unit=\"地区水利局\" phone=\"0997-2129001\"/></specialty>");
    private static final String EDUCATION_HEADER = "身份证号,姓名,年度,类别,学时,证书编号";
    private static final String EXAM_HEADER = "身份证号,姓名,考试,考试年度,达到国家合格标准";

    private SheetServiceImpl sheets;
    private ContinuingEducationServiceImpl education;
    private int nextId = 700;

    @BeforeEach
    void open() throws Exception {
        openCore("2023-08-14", 2023);
        TestDescriptors.declare(store, WATER, List.of("高", "中", "初"));
        education = new ContinuingEducationServiceImpl(jpa, store, audit);
        sheets = new SheetServiceImpl(TestCampaigns.configuration(SheetConfiguration.class,
                Map.of("maxBytes", 1_048_576L, "maxRows", 100)), jpa, audit, store, new ReviewDeskImpl(jpa, campaigns, store),
                evaluation, scoring);
    }

    /** An applicant on record and their whole ID number (the record shows it masked). */
    private record Person(long id, String idNumber) {
    }

    private Person applicant(String name) {
        ResidentIdNumber idNumber = ResidentIdNumber.completing("65290119800101" + nextId++);
        Applicant applicant = applicants.register(new NewApplicant(name, idNumber, "阿克苏地区水利局", Tier.PREFECTURE_DIRECT, ""),
                TESTER);
        return new Person(applicant.id(), idNumber.value());
    }

    private String committee() {
        return store.find("water").orElseThrow().committees().get(0).id();
    }

    private static byte[] csv(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private int importEntries() {
        return audit.search(null, "SHEET_IMPORTED", null, null, null, 0, 100, TESTER).size();
    }

    /** The template downloaded as .xlsx, filled in as an office would, row by row. */
    private byte[] filledTemplate(ImportKind kind, List<List<Object>> rows) throws IOException {
        SheetFile template = sheets.template(kind, SheetFormat.XLSX, TESTER);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.content()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(value));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void importsEducationHoursFromTheXlsxTemplateOnceAndAuditsTheFile_R18_R36() throws IOException {
        Person a = applicant("艾尔肯");
        Person b = applicant("古丽");
        byte[] file = filledTemplate(ImportKind.EDUCATION_HOURS, List.of(
                List.of(a.idNumber(), "艾尔肯", 2022, "专业科目", 60, "JX-2022-001"),
                List.of(b.idNumber(), "古丽", 2022, "公需科目", 30, "JX-2022-002")));

        SheetImport checked = sheets.check(ImportKind.EDUCATION_HOURS, "学时.xlsx", file, TESTER);
        assertTrue(checked.succeeded(), checked.errors().toString());
        assertEquals(2, checked.added());
        assertTrue(education.records(a.id(), TESTER).isEmpty(), "a check stores nothing");

        SheetImport first = sheets.importSheet(ImportKind.EDUCATION_HOURS, "学时.xlsx", file, TESTER);
        assertEquals(List.of(), first.errors());
        assertEquals(2, first.rows());
        assertEquals(2, first.added());
        assertEquals(60, education.records(a.id(), TESTER).get(0).hours());
        assertEquals(1, importEntries());
        String detail = audit.search(null, "SHEET_IMPORTED", null, null, null, 0, 10, TESTER).get(0).detail();
        assertTrue(detail.contains(first.sha256()) && detail.contains("共2行"), detail);

        SheetImport second = sheets.importSheet(ImportKind.EDUCATION_HOURS, "学时.xlsx", file, TESTER);
        assertTrue(second.succeeded());
        assertEquals(0, second.added());
        assertEquals(2, second.unchanged());
        assertEquals(1, education.records(a.id(), TESTER).size(), "the same file twice changes nothing");
        assertEquals(1, importEntries());
    }

    @Test
    void importsUnitsFromTheXlsxTemplateAndTheSameFileTwiceChangesNothing_R36() throws IOException {
        String code = TestUnits.code().value();
        byte[] file = filledTemplate(ImportKind.UNITS, List.of(List.of("库车市表格导入测试局", code, "党政机关", "库车市", "县市")));
        SheetImport first = sheets.importSheet(ImportKind.UNITS, "units.xlsx", file, TESTER);
        assertEquals(List.of(), first.errors());
        assertEquals(1, first.added());
        SheetImport again = sheets.importSheet(ImportKind.UNITS, "units.xlsx", file, TESTER);
        assertEquals(1, again.unchanged());
        assertEquals(0, again.added());
        assertEquals(1, importEntries());
        SheetImport otherCounty = sheets.importSheet(ImportKind.UNITS, "units.xlsx", file, CoreActors.issue(Actor.countyBureau("xinhe", "新和县")));
        assertTrue(otherCounty.errors().get(0).chineseMessage().contains("只能导入本县（市）的单位"),
                otherCounty.errors().toString());
    }

    @Test
    void importsExamResultsFromCsvAndRefusesAContradiction_R33() {
        Person a = applicant("买买提");
        byte[] file = csv(EXAM_HEADER, a.idNumber() + ",买买提,全国高级经济专业技术资格考试,2022,是");
        SheetImport imported = sheets.importSheet(ImportKind.EXAM_RESULTS, "exam.csv", file, TESTER);
        assertEquals(List.of(), imported.errors());
        assertEquals(1, applicants.examResults(a.id(), TESTER).size());
        assertTrue(applicants.examResults(a.id(), TESTER).get(0).atNationalStandard());

        SheetImport contradiction = sheets.importSheet(ImportKind.EXAM_RESULTS, "exam.csv",
                csv(EXAM_HEADER, a.idNumber() + ",买买提,senior-economics,2022,否"), TESTER);
        assertEquals(1, contradiction.errors().size());
        assertEquals("达到国家合格标准", contradiction.errors().get(0).column());
        assertEquals(1, applicants.examResults(a.id(), TESTER).size());
    }

    private void refused(byte[] file, String fileName, long row, String column, String chineseFragment) {
        SheetImport result = sheets.importSheet(ImportKind.EDUCATION_HOURS, fileName, file, TESTER);
        assertFalse(result.succeeded(), "refused: " + fileName);
        CellError error = result.errors().get(0);
        assertEquals(row, error.row(), result.errors().toString());
        assertEquals(column, error.column(), result.errors().toString());
        assertTrue(error.chineseMessage().contains(chineseFragment), error.chineseMessage());
        assertFalse(error.englishMessage().isBlank());
        assertEquals(0, result.added());
    }

    @Test
    void refusesBadFilesWithTheRowAndColumnAndStoresNothing_R36() throws IOException {
        Person a = applicant("阿依古丽");
        String good = a.idNumber() + ",阿依古丽,2022,专业科目,60,JX-1";
        refused(csv("身份证号,姓名,年份,类别,学时,证书编号", good), "x.csv", 1, "年度", "表头缺少列年度");
        refused(csv(EDUCATION_HEADER, good, a.idNumber() + ",阿依古丽,2022,公需科目,六十,JX-2"), "x.csv", 3, "学时",
                "须为整数");
        refused(csv(EDUCATION_HEADER, good, ResidentIdNumber.completing("65290119900101999").value()
                + ",某人,2022,公需科目,30,JX-3"), "x.csv", 3, "身份证号", "没有该身份证号");
        refused(csv(EDUCATION_HEADER, good, good), "x.csv", 3, "证书编号", "与第2行重复");
        refused(csv(EDUCATION_HEADER, a.idNumber() + ",别人,2022,专业科目,60,JX-1"), "x.csv", 2, "姓名", "不符");
        refused(csv(EDUCATION_HEADER, a.idNumber() + ",阿依古丽,2022,专业科目,=SUM(A1:A9),JX-1"), "x.csv", 2, "学时",
                "公式");
        refused(new byte[20 * 1024 * 1024], "big.xlsx", 0, null, "文件过大");
        refused("%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII), "hours.xlsx", 0, null, "PDF");
        byte[] random = new byte[4096];
        new Random(18).nextBytes(random);
        refused(random, "hours.xlsx", 0, null, "不是xlsx");
        refused(random, "hours.csv", 0, null, "不是电子表格");
        refused(zipBomb(), "bomb.xlsx", 0, null, "压缩炸弹");
        assertTrue(education.records(a.id(), TESTER).isEmpty());
        assertEquals(0, importEntries());
    }

    /** A zip named .xlsx whose sheet inflates from a few KB to 50 MB of zeros. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 50; i++) {
                zip.write(zeros);
            }
        }
        return out.toByteArray();
    }

    @Test
    void importsOnlyForWhoReviewsTheApplicant_R19() {
        Person a = applicant("努尔");
        byte[] file = csv(EDUCATION_HEADER, a.idNumber() + ",努尔,2022,专业科目,60,JX-9");
        ZhichengException forbidden = assertThrows(ZhichengException.class, () -> sheets.importSheet(ImportKind.EDUCATION_HOURS,
                "x.csv", file, CoreActors.issue(Actor.applicant("nuer", "努尔", a.id(), "阿克苏地区水利局", ""))));
        assertEquals("FORBIDDEN", forbidden.code());
        SheetImport otherCounty = sheets.importSheet(ImportKind.EDUCATION_HOURS, "x.csv", file,
                CoreActors.issue(Actor.countyBureau("kuche-bureau", "库车市")));
        assertEquals("身份证号", otherCounty.errors().get(0).column());
        assertTrue(otherCounty.errors().get(0).chineseMessage().contains("不在您负责的范围内"));
        assertTrue(education.records(a.id(), TESTER).isEmpty());
    }

    @Test
    void exportsTheQueueAsFilteredAndTheResultsWithChineseHeaders_R35() throws IOException {
        PassedFiles passed = new PassedFiles(jpa, store, campaigns);
        Application file = passed.passed("=阿迪力", "water", "水利专业", TitleLevel.INTERMEDIATE);
        passed.feePaid("热娜", "water", "水利专业", TitleLevel.INTERMEDIATE);

        SheetFile queue = sheets.reviewQueue(new ReviewQuery(false, "热娜", null, null), SheetFormat.CSV, TESTER);
        String text = new String(queue.content(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF编号,申报人,身份证号"), text);
        assertTrue(text.contains("热娜") && !text.contains("阿迪力"), text);

        SheetFile results = sheets.committeeResults(committee(), 2023, SheetFormat.XLSX, TESTER);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(results.content()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("姓名", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals(file.id(), (long) sheet.getRow(1).getCell(0).getNumericCellValue());
            // a name a spreadsheet would run as a formula stays text (formula injection)
            assertEquals("'=阿迪力", sheet.getRow(1).getCell(1).getStringCellValue());
        }
        SheetFile roster = sheets.roster("water", 2023, SheetFormat.CSV, TESTER);
        String rosterText = new String(roster.content(), StandardCharsets.UTF_8);
        assertTrue(rosterText.contains("热娜") && rosterText.contains("'=阿迪力"), rosterText);
    }

    @Test
    void scoreSheetsAreTheOfficesOnly_R17() {
        SheetFile sheet = sheets.scoreSheets(committee(), 2023, SheetFormat.CSV, CoreActors.issue(Actor.committeeOffice("office", Set.of("water"))));
        assertTrue(new String(sheet.content(), StandardCharsets.UTF_8).contains("评分专家"));
        ZhichengException expert = assertThrows(ZhichengException.class,
                () -> sheets.scoreSheets(committee(), 2023, SheetFormat.CSV, CoreActors.issue(Actor.expert("zhuanjia", "E1"))));
        assertEquals("FORBIDDEN", expert.code());
        assertEquals("UNKNOWN_COMMITTEE", assertThrows(ZhichengException.class,
                () -> sheets.scoreSheets("water.9", 2023, SheetFormat.CSV, TESTER)).code());
    }
}
