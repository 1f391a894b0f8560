package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zhicheng.core.internal.TestActors.APPLICANT;
import static org.zhicheng.core.internal.TestActors.TESTER;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhicheng.api.attachment.Attachment;
import org.zhicheng.api.attachment.AttachmentType;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.attachment.AttachmentServiceImpl;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.campaign.TestCampaigns;
import org.zhicheng.core.internal.series.SeriesStore;
import org.zhicheng.core.internal.series.TestDescriptors;
import org.zhicheng.core.internal.file.FileContentServiceImpl;

/** Scans on a real disk directory with their metadata in a real Derby database. */
class AttachmentServiceImplTest {

    private static final byte[] PDF = org.zhicheng.testfixtures.FileCompletion.SCAN;
    private static final byte[] PNG = image("png");
    private static final byte[] JPEG = image("jpg");

    /** A small real image that ImageIO writes (core decodes uploads in full). */
    private static byte[] image(String format) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 6, java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(2, 2, 0xFFFFFF);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, format, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @TempDir
    Path store;

    private DerbyJpa jpa;
    private ApplicationServiceImpl applications;
    private FileContentServiceImpl contents;
    private AttachmentServiceImpl attachments;
    private Application draft;

    @BeforeEach
    void open() throws Exception {
        jpa = new DerbyJpa();
        SeriesStore series = new SeriesStore(jpa);
        String descriptor = TestDescriptors.series("water", "水利系列",
                "<specialty name=\"水利专业\"><committee levels=\"中级\" unit=\"地区水利局\" phone=\"1\"/></specialty>");
        TestDescriptors.declare(series, descriptor, List.of("中"));
        applications = TestServices.applications(jpa, series, TestCampaigns.registry("2023-08-01", 2023));
        contents = TestServices.fileContents(jpa, series);
        attachments = new AttachmentServiceImpl(jpa, new AuditLogImpl(jpa), TestCampaigns.configuration(
                AttachmentServiceImpl.Configuration.class, Map.of("directory", store.toString(), "maxBytes", 1024L)));
        Applicant applicant = new TestCareers(jpa).register(new NewApplicant("附件测试",
                ResidentIdNumber.completing("65290119800101901"), "阿克苏地区水利局", Tier.PREFECTURE_DIRECT, ""), TESTER);
        draft = applications.createDraft(new NewApplication(applicant.id(), 2023, "water", "水利专业", TitleLevel.INTERMEDIATE,
                Channel.A_PREFECTURE_DIRECTED), APPLICANT);
    }

    @AfterEach
    void close() {
        jpa.close();
    }

    @Test
    void aScanIsStoredOnDiskWithItsChecksumAndMaskingFlag_R13_R17() throws Exception {
        Attachment stored = attachments.upload(draft.id(), AttachmentType.PERFORMANCE_EVIDENCE, "C:\\scans\\项目验收报告.pdf",
                PDF, true, APPLICANT);
        assertEquals("项目验收报告.pdf", stored.fileName(), "no client path kept");
        assertEquals("application/pdf", stored.contentType());
        assertTrue(stored.masked());
        assertArrayEquals(PDF, attachments.content(stored.id(), TESTER));
        try (Stream<Path> files = Files.walk(store)) {
            assertEquals(1, files.filter(Files::isRegularFile).count());
        }
        assertTrue(new AuditLogImpl(jpa).entries("application:" + draft.id()).stream()
                .anyMatch(e -> e.action().equals("ATTACHMENT_UPLOADED") && e.detail().contains(stored.sha256())));
    }

    @Test
    void wrongTypesOversizeAndSubmittedFilesAreRefusedAndNothingIsStored() throws Exception {
        assertEquals("WRONG_FILE_TYPE", refusal(() -> attachments.upload(draft.id(), AttachmentType.AWARD, "award.pdf",
                "MZ executable".getBytes(), false, APPLICANT)));
        assertEquals("ATTACHMENT_TOO_LARGE", refusal(() -> attachments.upload(draft.id(), AttachmentType.AWARD, "big.pdf",
                concat(PDF, new byte[2048]), false, APPLICANT)));
        assertEquals("EMPTY_ATTACHMENT", refusal(() -> attachments.upload(draft.id(), AttachmentType.AWARD, "e.pdf", new byte[0],
                false, APPLICANT)));
        assertTrue(attachments.attachments(draft.id(), TESTER).isEmpty());
        try (Stream<Path> files = Files.walk(store)) {
            assertEquals(0, files.filter(Files::isRegularFile).count());
        }
        // submitted with its degree and CHSI record, uploaded into another store by CompleteFiles
        Application submitted = CompleteFiles.submit(applications, contents, draft, APPLICANT);
        assertEquals("NOT_EDITABLE", refusal(() -> attachments.upload(submitted.id(), AttachmentType.AWARD, "late.png", PNG,
                false, APPLICANT)));
        assertEquals(List.of(AttachmentType.EDUCATION_CERTIFICATE, AttachmentType.CHSI_RECORD),
                attachments.attachments(draft.id(), TESTER).stream().map(Attachment::type).toList());
        try (Stream<Path> files = Files.walk(store)) {
            assertEquals(0, files.filter(Files::isRegularFile).count());
        }
    }

    @Test
    void theNoticesOtherMaterialsAreTypedOtherAttachments_R16() {
        List<AttachmentType> others = List.of(AttachmentType.UNIT_PUBLICITY, AttachmentType.PUBLICITY_RESULT,
                AttachmentType.RECOMMENDATION_REPORT, AttachmentType.PERSONAL_COMMITMENT, AttachmentType.TEACHER_QUALIFICATION,
                AttachmentType.MANDARIN_CERTIFICATE, AttachmentType.OTHER);
        for (AttachmentType type : others) {
            attachments.upload(draft.id(), type, type.officialTerm() + ".pdf", PDF, true, APPLICANT);
        }
        List<Attachment> stored = attachments.attachments(draft.id(), TESTER);
        assertEquals(others, stored.stream().map(Attachment::type).toList());
        assertEquals(List.of("单位公示材料", "公示结果", "推荐报告", "个人承诺书", "教师资格证", "普通话等级证书", "其他附件"),
                stored.stream().map(a -> a.type().officialTerm()).toList());
        // none of them is an education proof
        assertEquals(List.of("缺少学历（学位）证书"), attachments.missingEducationProof(draft.id(), TESTER));
    }

    @Test
    void everyEducationCertificateComesWithItsChsiRecordOrRegistrationForm_R15() {
        assertEquals(List.of("缺少学历（学位）证书"), attachments.missingEducationProof(draft.id(), TESTER));
        attachments.upload(draft.id(), AttachmentType.EDUCATION_CERTIFICATE, "本科毕业证.png", PNG, true, APPLICANT);
        attachments.upload(draft.id(), AttachmentType.EDUCATION_CERTIFICATE, "硕士学位证.png", PNG, true, APPLICANT);
        attachments.upload(draft.id(), AttachmentType.CHSI_RECORD, "学信网备案表.pdf", PDF, true, APPLICANT);
        assertEquals(List.of("每份学历证书须附学信网电子注册备案表或学籍在线验证报告，无法提供的附毕业生登记表（还缺1份）"),
                attachments.missingEducationProof(draft.id(), TESTER));
        attachments.upload(draft.id(), AttachmentType.GRADUATE_REGISTRATION_FORM, "毕业生登记表.pdf", PDF, true, APPLICANT);
        assertTrue(attachments.missingEducationProof(draft.id(), TESTER).isEmpty());
    }

    @Test
    void onlyContentThatParsesWholeIsStored_R13() throws Exception {
        byte[] pngSignature = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};
        byte[] jpegHeader = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
        // magic numbers alone, a truncated image, and a JPEG header in front of a PDF body named .pdf
        for (Object[] bad : new Object[][] {{"sig.png", pngSignature}, {"header.jpg", jpegHeader},
                {"magic.pdf", "%PDF-".getBytes()}, {"empty-doc.pdf", "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes()},
                {"half.png", java.util.Arrays.copyOf(PNG, PNG.length / 2)}, {"half.pdf", java.util.Arrays.copyOf(PDF, 60)},
                {"disguised.pdf", concat(jpegHeader, PDF)}, {"disguised", concat(jpegHeader, PDF)},
                {"png-named.pdf", PNG}, {"pdf-named.jpg", PDF}, {"jpeg-named.png", JPEG}}) {
            ZhichengException refusal = assertThrows(ZhichengException.class, () -> attachments.upload(draft.id(),
                    AttachmentType.AWARD, (String) bad[0], (byte[]) bad[1], false, APPLICANT), (String) bad[0]);
            assertEquals("WRONG_FILE_TYPE", refusal.code(), bad[0] + ": " + refusal.chineseMessage());
        }
        assertTrue(attachments.attachments(draft.id(), TESTER).isEmpty(), "nothing recorded");
        try (Stream<Path> files = Files.walk(store)) {
            assertEquals(0, files.filter(Files::isRegularFile).count(), "nothing written");
        }
        assertEquals("image/png", attachments.upload(draft.id(), AttachmentType.AWARD, "award.png", PNG, false, APPLICANT)
                .contentType());
        assertEquals("image/jpeg", attachments.upload(draft.id(), AttachmentType.AWARD, "award.JPEG", JPEG, false, APPLICANT)
                .contentType());
        assertEquals("application/pdf", attachments.upload(draft.id(), AttachmentType.AWARD, "award", PDF, false, APPLICANT)
                .contentType());
    }

    @Test
    void aStoredScanChangedOnDiskIsDetected() throws Exception {
        Attachment stored = attachments.upload(draft.id(), AttachmentType.AWARD, "award.png", PNG, false, APPLICANT);
        try (Stream<Path> files = Files.walk(store)) {
            Path file = files.filter(Files::isRegularFile).findFirst().orElseThrow();
            Files.write(file, concat(PNG, new byte[] {1}));
        }
        assertEquals("ATTACHMENT_ALTERED", refusal(() -> attachments.content(stored.id(), TESTER)));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static String refusal(Runnable action) {
        return assertThrows(ZhichengException.class, action::run).code();
    }
}
