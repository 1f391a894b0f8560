package org.zhicheng.core.internal.bridge;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.zhicheng.api.bridge.BridgeCheck;
import org.zhicheng.api.bridge.HighSkillBridge;
import org.zhicheng.api.bridge.VocationalQualification;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.series.Series;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.service.Refusal;
import org.zhicheng.core.internal.Refusals;

@Component(service = HighSkillBridge.class)
public class HighSkillBridgeService implements HighSkillBridge {

    private final SeriesCatalog catalog;

    @Activate
    public HighSkillBridgeService(@Reference SeriesCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public BridgeCheck check(String seriesCode, VocationalQualification qualification, int yearsOfTechnicalWork,
                             boolean lastThreeAppraisalsPassed, TitleLevel level) {
        if (qualification == null || level == null || yearsOfTechnicalWork < 0) {
            throw Refusal.INVALID_INPUT.variant("bridgeInputs").refuse();
        }
        Series series = catalog.find(seriesCode).orElseThrow(() -> Refusals.unknownSeries(seriesCode));
        if (!series.policy().highSkillBridge()) {
            return new BridgeCheck(false, series.name() + "不属于贯通领域", series.name() + " is not a bridge series (R-30)");
        }
        if (!lastThreeAppraisalsPassed) {
            return new BridgeCheck(false, "近三年年度考核须均为合格以上", "the last 3 years' appraisals must all be passed (R-31)");
        }
        TitleLevel open = qualification.openLevelAfter(yearsOfTechnicalWork).orElse(null);
        if (open == null) {
            return new BridgeCheck(false, "取得" + qualification.officialTerm() + "后须从事技术工作满"
                    + qualification.yearsOfTechnicalWork() + "年", "after " + Refusals.words(qualification) + " " + qualification.yearsOfTechnicalWork()
                    + " years of technical work are required (R-31)");
        }
        // levels are declared highest first: a lower ordinal is a higher level
        if (level.ordinal() < open.ordinal()) {
            return new BridgeCheck(false, qualification.officialTerm() + "可申报" + open.officialTerm() + "及以下职称",
                    Refusals.words(qualification) + " opens " + Refusals.words(open) + " and below (R-31)");
        }
        return BridgeCheck.ELIGIBLE;
    }
}
