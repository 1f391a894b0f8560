package org.zhicheng.distribution.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import org.zhicheng.api.security.AccountService;
import org.zhicheng.api.security.Actor;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 17: the online backup over REST ({@code POST /api/v1/admin/backups}) and the console ({@code zhicheng:backup})
 * while the platform runs: administrators only, under the backup root, into a new or empty directory, with a manifest
 * whose checksums match the files. On PostgreSQL (PostgresqlIT) it is refused: pg_dump backs that up.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class BackupTests extends ContainerTestSupport {

    private static final String ROUTE = "/api/v1/admin/backups";

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    private AccountService accounts;

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    private SessionFactory sessionFactory;

    private static boolean onPostgresql() {
        // inside the container: the property PostgresqlIT's configuration sets for DatabaseTests
        return "PostgreSQL".equals(System.getProperty(DatabaseTests.EXPECTED_DATABASE_PROPERTY));
    }

    private Http.Credentials account(Actor actor) {
        accounts.createAccount(actor, ("secret-" + actor.username()).toCharArray(), SignedIn.admin());
        return new Http.Credentials(actor.username(), "secret-" + actor.username());
    }

    private static String name(String prefix) {
        return prefix + TestData.token("").toLowerCase(Locale.ROOT);
    }

    @Test
    public void anAdministratorBacksUpOthersAreRefusedAndABadDirectoryChangesNothing() throws Exception {
        JsonApi api = restApi();
        Await.until("route " + ROUTE, STATE_TIMEOUT, () -> api.post(ROUTE, "{}", null).status() != 404);
        Http.Credentials admin = account(Actor.admin(name("it-backup-admin-")));
        Http.Credentials county = account(Actor.countyBureau(name("it-backup-county-"), "库车市"));
        String directory = name("it-backup-");
        Path root = Path.of(System.getProperty("karaf.base"), "backups");

        assertEquals(401, api.post(ROUTE, "{\"directory\":\"" + directory + "\"}", null).status());
        JsonApi.assertProblem(api.post(ROUTE, "{\"directory\":\"" + directory + "\"}", county), 403, "FORBIDDEN");
        assertFalse(Files.exists(root.resolve(directory)));
        String outside = "../" + directory;
        String message = JsonApi.assertProblem(api.post(ROUTE, "{\"directory\":\"" + outside + "\"}", admin), 400,
                "BACKUP_OUTSIDE_ROOT");
        assertTrue(message, message.contains("不在备份根目录"));
        assertFalse(Files.exists(root.resolveSibling(directory)));

        if (onPostgresql()) {
            String refused = JsonApi.assertProblem(api.post(ROUTE, "{\"directory\":\"" + directory + "\"}", admin), 409,
                    "BACKUP_NOT_DERBY");
            assertTrue(refused, refused.contains("pg_dump"));
            assertFalse(Files.exists(root.resolve(directory)));
            return;
        }
        JsonNode backup = JsonApi.read(201, api.post(ROUTE, "{\"directory\":\"" + directory + "\"}", admin));
        Path taken = Path.of(backup.get("directory").asText());
        assertEquals(root.resolve(directory).toAbsolutePath().normalize(), taken);
        assertEquals("Apache Derby", backup.get("database").asText());
        assertTrue(backup.toString(), backup.get("auditEntries").asLong() > 0);
        assertManifestMatches(taken, backup.get("files").asInt());

        // the same directory again: not empty, refused, the backup in it untouched
        String manifest = Files.readString(taken.resolve("MANIFEST.sha256"));
        JsonApi.assertProblem(api.post(ROUTE, "{\"directory\":\"" + directory + "\"}", admin), 409, "BACKUP_TARGET_NOT_EMPTY");
        assertEquals(manifest, Files.readString(taken.resolve("MANIFEST.sha256")));
    }

    @Test
    public void theConsoleBacksUpToo() throws Exception {
        String directory = name("it-console-backup-");
        Console.Answer answer = new Console(sessionFactory).run("zhicheng:backup " + directory);
        if (onPostgresql()) {
            assertFalse(answer.toString(), answer.succeeded());
            assertTrue(answer.toString(), answer.toString().contains("pg_dump"));
            return;
        }
        assertTrue(answer.toString(), answer.succeeded());
        Path taken = Path.of(System.getProperty("karaf.base"), "backups", directory).toAbsolutePath().normalize();
        assertTrue(answer.output(), answer.output().contains("backup " + taken));
        assertManifestMatches(taken, -1);
    }

    /** Every file but the manifest is listed once, with its SHA-256; the Derby backup and the checkpoints among them. */
    private static void assertManifestMatches(Path backup, int expectedFiles) throws Exception {
        List<String> lines = Files.readAllLines(backup.resolve("MANIFEST.sha256"), StandardCharsets.UTF_8);
        long files;
        try (var walk = Files.walk(backup)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !f.endsWith("MANIFEST.sha256")).count();
        }
        assertEquals(files, lines.size());
        if (expectedFiles >= 0) {
            assertEquals(expectedFiles, lines.size());
        }
        for (String line : lines) {
            String sha256 = line.substring(0, 64);
            Path file = backup.resolve(line.substring(66));
            try (InputStream in = Files.newInputStream(file)) {
                assertEquals(line, sha256, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())));
            }
        }
        assertTrue(lines.toString(), lines.stream().anyMatch(l -> l.endsWith("  audit-checkpoints.log")));
        assertTrue(lines.toString(), lines.stream().anyMatch(l -> l.contains("  database/") && l.endsWith("/service.properties")));
    }
}
