package org.zhicheng.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.apache.aries.jpa.template.JpaTemplate;
import org.zhicheng.api.series.SeriesCatalog;
import org.zhicheng.api.file.FileContentService;
import org.zhicheng.core.internal.attachment.AttachmentServiceImpl;
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

    /** The database behind each file content service made here, so that CompleteFiles can upload scans to its files. */
    private static final Map<FileContentService, JpaTemplate> DATABASES = Collections.synchronizedMap(new WeakHashMap<>());

    static FileContentServiceImpl fileContents(JpaTemplate jpa, SeriesCatalog catalog) {
        FileContentServiceImpl contents = new FileContentServiceImpl(jpa, catalog, new AuditLogImpl(jpa));
        DATABASES.put(contents, jpa);
        return contents;
    }

    /** Attachments over a fresh scan store, on the database of the given file content service. */
    static AttachmentServiceImpl attachments(FileContentService contents) {
        JpaTemplate jpa = DATABASES.get(contents);
        if (jpa == null) {
            throw new IllegalStateException("make the file content service with TestServices.fileContents");
        }
        try {
            String directory = Files.createTempDirectory("zhicheng-scans").toString();
            return new AttachmentServiceImpl(jpa, new AuditLogImpl(jpa), TestCampaigns.configuration(
                    AttachmentServiceImpl.Configuration.class, Map.of("directory", directory, "maxBytes", 1_048_576L)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ApplicationServiceImpl applications(JpaTemplate jpa, SeriesCatalog catalog, CampaignRegistry campaigns) {
        return new ApplicationServiceImpl(jpa, catalog, campaigns, TestCalendars.china2023(), universities2023(),
                new AuditLogImpl(jpa));
    }
}
