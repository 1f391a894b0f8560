package org.zhicheng.core.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.zhicheng.api.domain.ResidentIdNumber;
import org.zhicheng.api.service.Refusal;

/**
 * The GB/T 2260 administrative area codes an ID number may begin with: the current ones and those of the revisions
 * since 2002, since a number keeps the code of the county that issued it (the list and how it is regenerated:
 * {@code registration/gb2260-codes.txt} and {@code src/build/gb2260/regenerate.sh}).
 *
 * <p>Numbers issued before 2002 may carry a county code of the 1980s or 1990s that no maintained list holds (counties
 * were merged, renamed or made cities since, e.g. 库车县 652923 is now 库车市 652902). Such a number is accepted when
 * its holder was born before 2002 and its province and prefecture (the first four digits) are on the list as a
 * prefecture ({@code XXXX00}). A number of someone born later took a code of the lists; a made-up province or
 * prefecture, or {@code 000000}, is refused whatever the birth date. The person's identity is checked on paper by the
 * employer and the county bureau anyway (issue 15).
 */
public final class AdministrativeAreas {

    private static final String RESOURCE = "/org/zhicheng/core/registration/gb2260-codes.txt";
    private static final Map<String, String> NAMES = load();
    /** The oldest revision the list holds (2002-12). */
    private static final int OLDEST_LIST_YEAR = 2002;
    /** The first four digits of every prefecture on the list (its code ends in 00). */
    private static final Set<String> PREFECTURES = NAMES.keySet().stream()
            .filter(code -> code.endsWith("00") && !code.endsWith("0000")).map(code -> code.substring(0, 4))
            .collect(Collectors.toUnmodifiableSet());

    private AdministrativeAreas() {
    }

    /** The area's name, if the code is on the list. */
    public static Optional<String> name(String code) {
        return Optional.ofNullable(NAMES.get(code));
    }

    /** Refuses an ID number whose first six characters are no area code ({@code INVALID_INPUT.idNumber.area}). */
    public static void requireKnown(ResidentIdNumber number) {
        String area = number.value().substring(0, 6);
        if (!NAMES.containsKey(area) && !(number.birthDate().getYear() < OLDEST_LIST_YEAR && ofKnownPrefecture(area))) {
            throw Refusal.INVALID_INPUT.variant("idNumber.area").refuseOn("idNumber", area);
        }
    }

    /** A county code of a listed prefecture, which the list may no longer hold (a number from before 2002). */
    static boolean ofKnownPrefecture(String area) {
        return area.length() == 6 && !area.endsWith("00") && PREFECTURES.contains(area.substring(0, 4));
    }

    private static Map<String, String> load() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = AdministrativeAreas.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab == 6) {
                    names.put(line.substring(0, 6), line.substring(7));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(names);
    }
}
