package org.zhicheng.core.internal.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.zhicheng.core.internal.Refusals;

/**
 * Issue 15: a new password (registration, account creation, reset) has at least {@link #MIN_LENGTH} characters, is not
 * on the shipped list of common passwords and is not the user name. Existing passwords are not re-checked.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    private static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = load("/org/zhicheng/core/account/common-passwords.txt");

    private PasswordPolicy() {
    }

    static void requireAcceptable(char[] password, String username) {
        if (password == null || password.length < MIN_LENGTH) {
            throw Refusals.passwordTooShort(MIN_LENGTH);
        }
        if (password.length > MAX_LENGTH) {
            throw Refusals.passwordTooLong(MAX_LENGTH);
        }
        String text = new String(password).toLowerCase(Locale.ROOT);
        if (username != null && text.equals(username.trim().toLowerCase(Locale.ROOT))) {
            throw Refusals.passwordIsUsername();
        }
        if (COMMON.contains(text)) {
            throw Refusals.passwordTooCommon();
        }
    }

    static boolean isCommon(String password) {
        return COMMON.contains(password.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
