package org.zhicheng.core.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, item 4: the console's administrator gets a generated password at the first start, once. */
class ConsoleCredentialsTest {

    @TempDir
    Path dir;

    @Test
    void aUsersFileWithoutUsersGetsAnAdministratorWithAGeneratedPasswordKeptForTheOwnerOnly() throws Exception {
        Path users = Files.writeString(dir.resolve("users.properties"),
                "# comment\n" + ConsoleCredentials.MARKER + "\n# admin = admin,_g_:admingroup\n_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n");
        Path kept = dir.resolve("console-password.txt");

        String password = ConsoleCredentials.ensureAdministrator(users, kept, dir.resolve("no-jaas.cfg")).orElseThrow();

        assertEquals(20, password.length());
        assertNotEquals("admin", password);
        List<String> lines = Files.readAllLines(users, StandardCharsets.ISO_8859_1);
        assertTrue(lines.contains("admin = " + password + ",_g_:admingroup"), lines.toString());
        assertTrue(lines.contains("_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh"), "the group stays");
        assertTrue(Files.readString(kept).contains("password " + password));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(users)));

        // the second start finds the administrator and changes nothing
        assertTrue(ConsoleCredentials.ensureAdministrator(users, kept, dir.resolve("no-jaas.cfg")).isEmpty());
        assertTrue(Files.readString(kept).contains("password " + password));
    }

    @Test
    void anAdministratorSetByHandIsLeftAlone() throws Exception {
        String own = ConsoleCredentials.MARKER + "\nops = Long-Secret-Of-Ops,_g_:admingroup\n_g_\\:admingroup = group,admin\n";
        Path users = Files.writeString(dir.resolve("users.properties"), own);

        assertTrue(ConsoleCredentials.ensureAdministrator(users, dir.resolve("console-password.txt"), dir.resolve("no-jaas.cfg")).isEmpty());
        assertEquals(own, Files.readString(users));
        assertFalse(Files.exists(dir.resolve("console-password.txt")));
    }

    @Test
    void aStockKarafsUsersFileIsLeftAlone() throws Exception {
        String stock = "#karaf = karaf,_g_:admingroup\n#_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n";
        Path users = Files.writeString(dir.resolve("users.properties"), stock);

        assertTrue(ConsoleCredentials.ensureAdministrator(users, dir.resolve("console-password.txt"), dir.resolve("no-jaas.cfg")).isEmpty());
        assertEquals(stock, Files.readString(users));
    }

    @Test
    void withKarafsPasswordEncryptionOnTheUsersFileKeepsOnlyTheDigestAndThePasswordFileTheClearText() throws Exception {
        Path users = Files.writeString(dir.resolve("users.properties"), ConsoleCredentials.MARKER
                + "\n_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n");
        Path jaas = Files.writeString(dir.resolve("org.apache.karaf.jaas.cfg"), "encryption.enabled = true\n"
                + "encryption.name = basic\nencryption.prefix = {CRYPT}\nencryption.suffix = {CRYPT}\n"
                + "encryption.algorithm = SHA-512\nencryption.encoding = hexadecimal\n");

        String password = ConsoleCredentials.ensureAdministrator(users, dir.resolve("console-password.txt"), jaas)
                .orElseThrow();

        String digest = java.util.HexFormat.of().withUpperCase().formatHex(java.security.MessageDigest.getInstance("SHA-512")
                .digest(password.getBytes(StandardCharsets.US_ASCII)));
        String file = Files.readString(users, StandardCharsets.ISO_8859_1);
        assertTrue(file.contains("admin = {CRYPT}" + digest + "{CRYPT},_g_:admingroup"), file);
        assertFalse(file.contains(password), "never in clear in users.properties");
        assertEquals(password, ConsolePasswordFile.read(dir).orElseThrow(), "shown once, kept in data/");
        assertTrue(ConsolePasswordFile.read(dir.resolve("nothing-here")).isEmpty());
    }

    @Test
    void generatedPasswordsDiffer() {
        assertNotEquals(ConsoleCredentials.generate(), ConsoleCredentials.generate());
    }
}
