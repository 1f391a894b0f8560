package org.zhicheng.core.internal.contacts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.zhicheng.api.contacts.ContactDirectory;
import org.zhicheng.api.contacts.CountyBureaus;

/**
 * the counties' and cities' HR and education bureaus with their phones, as the notice publishes them. Config
 * Admin pid {@code org.zhicheng.counties}; the defaults are the 2023 notice's nine (shared/spec/counties.csv).
 */
@Component(service = {ContactDirectory.class, CountyDirectory.class}, configurationPid = "org.zhicheng.counties")
@Designate(ocd = CountyDirectory.Configuration.class)
public class CountyDirectory implements ContactDirectory {

    @ObjectClassDefinition(name = "Zhicheng counties and their bureaus' phones")
    public @interface Configuration {
        @AttributeDefinition(description = "Entries 'county:HR bureau phone:education bureau phone', separated by commas,"
                + " in the order applicants see them (R-39)")
        String counties() default "阿克苏市:0997-2657720:0997-2133363, 库车市:0997-7779802:0997-7779728,"
                + " 沙雅县:0997-8362801:0997-8338313, 新和县:0997-8120506:0997-8166809, 拜城县:0997-8633675:0997-8621657,"
                + " 温宿县:0997-4591208:0997-4535747, 阿瓦提县:0997-5135150:0997-5126967, 乌什县:0997-5505183:0997-5324975,"
                + " 柯坪县:0997-6762619:0997-5823883";
    }

    private static final Pattern PHONE = Pattern.compile("0\\d{2,3}-\\d{7,8}");

    private volatile List<CountyBureaus> counties = List.of();

    @Activate
    public CountyDirectory(Configuration configuration) {
        modified(configuration);
    }

    /** A wrong entry refuses the whole configuration (the component does not start), naming the entry. */
    @Modified
    void modified(Configuration configuration) {
        counties = parse(configuration.counties());
    }

    static List<CountyBureaus> parse(String text) {
        List<CountyBureaus> parsed = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String entry : text.split(",")) {
            String[] parts = entry.trim().split(":", -1);
            if (parts.length != 3 || parts[0].isBlank() || !PHONE.matcher(parts[1].trim()).matches()
                    || !PHONE.matcher(parts[2].trim()).matches()) {
                throw new IllegalArgumentException("org.zhicheng.counties: '" + entry.trim()
                        + "' is not 'county:HR phone:education phone' with phones like 0997-2657720");
            }
            if (!seen.add(parts[0].trim())) {
                throw new IllegalArgumentException("org.zhicheng.counties: " + parts[0].trim() + " is listed twice");
            }
            parsed.add(new CountyBureaus(parts[0].trim(), parts[1].trim(), parts[2].trim()));
        }
        return List.copyOf(parsed);
    }

    @Override
    public List<CountyBureaus> counties() {
        return counties;
    }

    @Override
    public Optional<CountyBureaus> county(String county) {
        return counties.stream().filter(c -> c.county().equals(county == null ? "" : county.trim())).findFirst();
    }
}
