package org.zhicheng.core.internal.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the console password generated at the first start is shown once (issue 15): {@code data/console-password.txt},
 * readable by its owner only. The one reader of it, for {@link ConsoleCredentials}' own tests, the distribution's tests
 * and the benchmarks alike; it needs nothing but the JDK, so that tools outside the container can use it.
 */
public final class ConsolePasswordFile {

    /** The file's name in Karaf's data folder. */
    public static final String NAME = "console-password.txt";

    private ConsolePasswordFile() {
    }

    /** The generated password; empty before the first start, or once the file was removed. */
    public static Optional<String> read(Path dataFolder) throws IOException {
        Path kept = dataFolder.resolve(NAME);
        if (!Files.isRegularFile(kept)) {
            return Optional.empty();
        }
        return Files.readAllLines(kept, StandardCharsets.ISO_8859_1).stream().filter(l -> l.startsWith("password "))
                .map(l -> l.substring("password ".length()).strip()).findFirst();
    }
}
