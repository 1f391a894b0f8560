package org.zhicheng.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * universities with self-evaluation rights evaluate their own staff. Config Admin pid
 * {@code org.zhicheng.universities}; the defaults are the 2023 notice's three.
 */
@Component(service = SelfEvaluatingUniversities.class, configurationPid = "org.zhicheng.universities")
@Designate(ocd = SelfEvaluatingUniversities.Configuration.class)
public class SelfEvaluatingUniversities {

    @ObjectClassDefinition(name = "Zhicheng self-evaluating universities")
    public @interface Configuration {
        @AttributeDefinition(description = "Entries 'name:phone', separated by commas; an employer matches a name"
                + " exactly or with the prefecture's name before it (阿克苏...)")
        String universities() default "新疆理工学院:0997-2205029, 教育学院:0997-2632107, 职业技术学院:0997-6889123";
    }

    public record University(String name, String phone) {
    }

    /** Employers are written with or without the prefecture's name in front. */
    private static final List<String> PREFIXES = List.of("", "阿克苏", "阿克苏地区");

    private volatile List<University> universities = List.of();

    @Activate
    public SelfEvaluatingUniversities(Configuration configuration) {
        modified(configuration);
    }

    @Modified
    void modified(Configuration configuration) {
        List<University> parsed = new ArrayList<>();
        for (String entry : configuration.universities().split(",")) {
            String[] parts = entry.trim().split(":", 2);
            if (parts.length != 2 || parts[0].isBlank()) {
                throw new IllegalArgumentException("org.zhicheng.universities: '" + entry.trim() + "' is not 'name:phone'");
            }
            parsed.add(new University(parts[0].trim(), parts[1].trim()));
        }
        universities = List.copyOf(parsed);
    }

    /** The university the employer is, if it evaluates its own staff. */
    public Optional<University> selfEvaluating(String employer) {
        String name = employer == null ? "" : employer.trim();
        return universities.stream().filter(u -> PREFIXES.stream().anyMatch(p -> name.equals(p + u.name()))).findFirst();
    }
}
