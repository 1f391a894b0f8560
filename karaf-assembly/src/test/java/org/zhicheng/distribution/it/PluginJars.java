package org.zhicheng.distribution.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Series plugin bundles made on the fly, as a series department would build them: a manifest and the two
 * descriptors under ZH-INF/, no code. Lets tests install, upgrade and break plugins at run time.
 */
final class PluginJars {

    /** Item ids, categories and points of the sample standard; {@code papers} is the point under test. */
    private static final String[][] ITEMS = {
            {"ethics", "ethics", "职业道德"}, {"ability", "ability", "专业能力"}, {"performance", "performance", "工作业绩"},
            {"papers", "papers", "论文著作"}, {"education", "education", "学历"}, {"seniority", "seniority", "任职年限"},
            {"awards", "awards", "奖励"}};

    private PluginJars() {
    }

    static InputStream jar(String symbolicName, String version, String seriesXml, String scoringXml) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", version);
        main.putValue("Bundle-Name", "Test series plugin " + symbolicName);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            for (Map.Entry<String, String> file : Map.of("ZH-INF/series.xml", seriesXml, "ZH-INF/scoring.xml", scoringXml).entrySet()) {
                jar.putNextEntry(new JarEntry(file.getKey()));
                jar.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    /** One specialty evaluating 副高 and 中级. */
    static String series(String code, String name) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<series code=\"" + code + "\" name=\"" + name + "\">\n"
                + "  <policy privateEnterpriseChannel=\"false\" highSkillBridge=\"false\" universitySelfEvaluation=\"false\""
                + " continuingEducation=\"prefecture\"/>\n"
                + "  <fees senior=\"620\"/>\n"
                + "  <specialty name=\"林木培育专业\">\n"
                + "    <committee levels=\"副高 中级\" unit=\"地区林业和草原局\" phone=\"0997-6797234\"/>\n"
                + "  </specialty>\n"
                + "</series>\n";
    }

    /** Standards for every tier and the grades 高 and 中 in each of the given versions; papers get the given points. */
    static String scoring(Map<Integer, Integer> papersByVersion) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<scoring>\n");
        papersByVersion.forEach((version, papers) -> {
            for (String grade : List.of("高", "中")) {
                for (String tier : List.of("地直", "县市", "乡镇")) {
                    xml.append("  <standard year=\"2023\" version=\"").append(version).append("\" tier=\"").append(tier)
                            .append("\" grade=\"").append(grade).append("\" total=\"100\" sample=\"true\">\n");
                    for (Map.Entry<String, Integer> item : points(papers).entrySet()) {
                        String[] meta = meta(item.getKey());
                        xml.append("    <item id=\"").append(meta[0]).append("\" category=\"").append(meta[1])
                                .append("\" points=\"").append(item.getValue()).append("\">").append(meta[2]).append("</item>\n");
                    }
                    xml.append("  </standard>\n");
                }
            }
        });
        return xml.append("</scoring>\n").toString();
    }

    /** 100 points: ability takes what papers leave. */
    static Map<String, Integer> points(int papers) {
        Map<String, Integer> points = new LinkedHashMap<>();
        points.put("ethics", 10);
        points.put("ability", 40 - papers);
        points.put("performance", 25);
        points.put("papers", papers);
        points.put("education", 10);
        points.put("seniority", 10);
        points.put("awards", 5);
        return points;
    }

    private static String[] meta(String id) {
        for (String[] item : ITEMS) {
            if (item[0].equals(id)) {
                return item;
            }
        }
        throw new IllegalArgumentException(id);
    }
}
