package org.zhicheng.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhicheng.api.domain.Applicant;
import org.zhicheng.api.domain.Application;
import org.zhicheng.api.domain.Channel;
import org.zhicheng.api.domain.NewApplicant;
import org.zhicheng.api.domain.NewApplication;
import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.payment.FeeTransfer;
import org.zhicheng.api.security.Actor;
import org.zhicheng.core.internal.security.CoreActors;
import org.zhicheng.api.service.ZhichengException;
import org.zhicheng.core.internal.payment.ConfiguredPayee;
import org.zhicheng.core.internal.series.TestDescriptors;

/** the configured payee, and a file's fee transfer with its amount and reference for whoever sees the file. */
class ConfiguredPayeeTest extends CoreTestSupport {

    private static final String WATER = TestDescriptors.series("water", "水利系列",
            "<specialty name=\"水利专业\"><committee levels=\"副高 中级 助理\" unit=\"地区水利局\" phone=\"0997-2129001\"/></specialty>");

    @BeforeEach
    void open() throws Exception {
        openCore("2023-08-14", 2023);
        TestDescriptors.declare(store, WATER, List.of("高", "中", "初"));
    }

    private static ConfiguredPayee.Configuration config(String name, String bank, String account) {
        return new ConfiguredPayee.Configuration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ConfiguredPayee.Configuration.class;
            }

            @Override
            public String payeeName() {
                return name;
            }

            @Override
            public String bank() {
                return bank;
            }

            @Override
            public String account() {
                return account;
            }
        };
    }

    @Test
    void theTransferNamesThePayeeTheFeeAndTheFile_R29() {
        ConfiguredPayee payee = new ConfiguredPayee(applications, config("阿克苏地区职称评审委员会", "农业银行阿克苏分行", "3009 0101"));
        Applicant applicant = applicants.register(new NewApplicant("缴费人", ResidentIdNumber.completing("65290119800101901"),
                "阿克苏地区水利局", Tier.PREFECTURE_DIRECT, ""), TestActors.TESTER);
        Application file = applications.createDraft(new NewApplication(applicant.id(), 2023, "water", "水利专业",
                TitleLevel.INTERMEDIATE, Channel.A_PREFECTURE_DIRECTED), TestActors.APPLICANT);

        FeeTransfer transfer = payee.feeTransfer(file.id(), TestActors.TESTER);
        assertEquals(400, transfer.amountYuan(), "the 2023 intermediate fee");
        assertEquals("ZC2023-" + file.id(), transfer.reference());
        assertEquals("阿克苏地区职称评审委员会", transfer.payee().name());
        assertTrue(transfer.qrText().contains("收款单位：阿克苏地区职称评审委员会") && transfer.qrText().contains("金额：400元")
                && transfer.qrText().contains("缴费编号：ZC2023-" + file.id()), transfer.qrText());
        assertEquals("FORBIDDEN", assertThrows(ZhichengException.class, () -> payee.feeTransfer(file.id(),
                CoreActors.issue(Actor.employer("unit-other", "阿克苏地区林业和草原局")))).code());
        assertEquals("UNKNOWN_APPLICATION", assertThrows(ZhichengException.class,
                () -> payee.feeTransfer(99999, TestActors.TESTER)).code());
    }

    @Test
    void aBlankPayeeRefusesTheConfiguration() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ConfiguredPayee(applications, config("收款单位", " ", "3009")));
        assertEquals("org.zhicheng.payment: bank must not be blank", refused.getMessage());
    }
}
