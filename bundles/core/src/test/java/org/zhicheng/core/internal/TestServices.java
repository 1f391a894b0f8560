package org.zhicheng.core.internal;

import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.core.internal.audit.AuditLogImpl;
import org.zhicheng.core.internal.calendar.TestCalendars;
import org.zhicheng.core.internal.campaign.CampaignRegistry;
import org.zhicheng.core.internal.campaign.TestCampaigns;

/** Core's real services wired as SCR wires them in the container, over a test database. */
final class TestServices {

    private TestServices() {
    }

    static SelfEvaluatingUniversities universities2023() {
        return new SelfEvaluatingUniversities(TestCampaigns.configuration(SelfEvaluatingUniversities.Configuration.class, Map.of()));
    }

    static ApplicationServiceImpl applications(JpaTemplate jpa, SeriesCatalog catalog, CampaignRegistry campaigns) {
        return new ApplicationServiceImpl(jpa, catalog, campaigns, TestCalendars.china2023(), universities2023(),
                new AuditLogImpl(jpa));
    }
}
