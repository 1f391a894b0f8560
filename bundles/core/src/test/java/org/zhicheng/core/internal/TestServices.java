package org.zhicheng.core.internal;

import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.calendar.TestCalendars;
import org.zhicheng.core.internal.campaign.CampaignRegistry;
import org.zhicheng.core.internal.campaign.TestCampaigns;
import org.zhicheng.core.internal.file.FileContentServiceImpl;

/** Core's real services wired as SCR wires them in the container, over a test database. */
final class TestServices {

    private TestServices() {
    }

    static SelfEvaluatingUniversities universities2023() {
        return new SelfEvaluatingUniversities(TestCampaigns.configuration(SelfEvaluatingUniversities.Configuration.class, Map.of()));
    }

    static FileContentServiceImpl fileContents(JpaTemplate jpa, SeriesCatalog catalog) {
        return new FileContentServiceImpl(jpa, catalog, new AuditLogImpl(jpa));
    }

    static ApplicationServiceImpl applications(JpaTemplate jpa, SeriesCatalog catalog, CampaignRegistry campaigns) {
        return new ApplicationServiceImpl(jpa, catalog, campaigns, TestCalendars.china2023(), universities2023(),
                new AuditLogImpl(jpa));
    }
}
