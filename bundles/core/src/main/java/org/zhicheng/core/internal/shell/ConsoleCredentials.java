package org.zhicheng.core.internal.shell;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No known console credential (issue 15, item 4): the distribution ships {@code etc/users.properties} without any
 * user. At the first start this gives the Karaf console (ssh, bin/client, JMX: the "karaf" JAAS realm) one
 * administrator, {@code admin}, with a generated password, shown once on the console and kept in
 * {@code data/console-password.txt}, readable by its owner only. An installation whose users.properties already has
 * a user (an administrator set one) is left alone, and so is a file without the distribution's {@link #MARKER} (the
 * features installed into a stock Karaf do not touch its users).
 *
 * <p>The distribution turns on Karaf's JAAS password encryption ({@code etc/org.apache.karaf.jaas.cfg}), so
 * users.properties never holds the generated password in clear: it is written there already digested as Karaf checks
 * it ({@code {CRYPT}} hex digest {@code {CRYPT}}); passwords an administrator types in by hand are digested by Karaf at
 * their first use. {@link ConsolePasswordFile} is the one reader of the password file (tests and benchmarks alike).
 */
@Component(immediate = true)
public class ConsoleCredentials {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleCredentials.class);
    static final String USER = "admin";
    static final String PASSWORD_FILE = ConsolePasswordFile.NAME;
    static final String JAAS_CONFIG = "org.apache.karaf.jaas.cfg";
    /** The comment in the distribution's users.properties that asks for the generated administrator. */
    static final String MARKER = "# zhicheng: generate the console administrator at the first start";
    /** No characters that mean something in users.properties (',', '=', ':', '\\', '#') or look alike (0/O, 1/l/I). */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Activate
    public ConsoleCredentials(BundleContext context) {
        String etc = context.getProperty("karaf.etc");
        String data = context.getProperty("karaf.data");
        if (etc == null || data == null) {
            return; // not in Karaf: nothing to secure
        }
        Path passwordFile = Path.of(data, PASSWORD_FILE);
        ensureAdministrator(Path.of(etc, "users.properties"), passwordFile, Path.of(etc, JAAS_CONFIG)).ifPresent(password -> {
            LOG.warn("Karaf console: user '{}' created with a generated password, kept in {} (readable by its owner only)",
                    USER, passwordFile);
            System.out.println("Karaf console: user " + USER + ", password " + password + " (kept in " + passwordFile + ")");
        });
    }

    /**
     * Gives users.properties its administrator when it has no user at all; returns the generated password, empty when
     * a user was there already.
     */
    static Optional<String> ensureAdministrator(Path usersFile, Path passwordFile, Path jaasConfig) {
        try {
            List<String> lines = Files.exists(usersFile)
                    ? Files.readAllLines(usersFile, StandardCharsets.ISO_8859_1) : new ArrayList<>();
            if (lines.stream().noneMatch(l -> l.strip().equals(MARKER)) || lines.stream().anyMatch(ConsoleCredentials::isUser)) {
                return Optional.empty();
            }
            String password = generate();
            // the password file first: a crash in between leaves no console user whose password nobody knows
            writeOwnerOnly(passwordFile, "user " + USER + System.lineSeparator() + "password " + password + System.lineSeparator());
            List<String> updated = new ArrayList<>(lines);
            updated.add(USER + " = " + stored(password, jaasConfig) + ",_g_:admingroup");
            Path temporary = usersFile.resolveSibling(usersFile.getFileName() + ".tmp");
            writeOwnerOnly(temporary, String.join(System.lineSeparator(), updated) + System.lineSeparator());
            Files.move(temporary, usersFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Optional.of(password);
        } catch (IOException e) {
            throw new UncheckedIOException("Karaf console credentials: " + e.getMessage(), e);
        }
    }

    /**
     * The password as users.properties keeps it: digested as Karaf's "basic" encryption checks it when the JAAS
     * configuration turns encryption on (prefix, upper-case hex digest of the configured algorithm, suffix); in clear
     * otherwise (a stock configuration, or another encryption provider, which digests it at the first login).
     */
    static String stored(String password, Path jaasConfig) throws IOException {
        Properties jaas = new Properties();
        if (Files.isRegularFile(jaasConfig)) {
            try (Reader in = Files.newBufferedReader(jaasConfig, StandardCharsets.ISO_8859_1)) {
                jaas.load(in);
            }
        }
        if (!"true".equalsIgnoreCase(jaas.getProperty("encryption.enabled", "false").strip())
                || !"basic".equalsIgnoreCase(jaas.getProperty("encryption.name", "basic").strip())
                || !"hexadecimal".equalsIgnoreCase(jaas.getProperty("encryption.encoding", "hexadecimal").strip())) {
            return password;
        }
        try {
            MessageDigest digest = MessageDigest.getInstance(jaas.getProperty("encryption.algorithm", "MD5").strip());
            String hex = HexFormat.of().withUpperCase().formatHex(digest.digest(password.getBytes(StandardCharsets.ISO_8859_1)));
            return jaas.getProperty("encryption.prefix", "").strip() + hex + jaas.getProperty("encryption.suffix", "").strip();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("etc/" + JAAS_CONFIG + ": no such digest " + e.getMessage(), e);
        }
    }

    /** A user line: neither a comment nor a group ({@code _g_\:name = roles}). */
    static boolean isUser(String line) {
        String trimmed = line.strip();
        return !trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!") && !trimmed.startsWith("_g_")
                && trimmed.contains("=");
    }

    static String generate() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file); // Windows: the folder's ACL applies
        }
        Files.writeString(file, content, StandardCharsets.ISO_8859_1);
    }
}
