package org.zhicheng.core.internal.series;

import java.util.List;

import org.zhicheng.api.series.LabelTranslations;

/** Valid descriptors to start from in tests; each test breaks one thing. */
public final class TestDescriptors {

    private TestDescriptors() {
    }

    /** A series descriptor with the given specialties (each a complete {@code <specialty>} element). */
    public static String series(String code, String name, String... specialties) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <series code="%s" name="%s">
                  <policy privateEnterpriseChannel="false" highSkillBridge="false" universitySelfEvaluation="false"
                          continuingEducation="prefecture"/>
                  <fees senior="600"/>
                %s
                </series>
                """.formatted(code, name, String.join("\n", specialties));
    }

    /** Standards for every tier of the given grades (高, 中, 初): 100 points, no four-only above 20. */
    public static String scoring(int year, int version, List<String> grades) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<scoring>\n");
        for (String grade : grades) {
            for (String tier : List.of("地直", "县市", "乡镇")) {
                xml.append(standard(year, version, tier, grade, "20"));
            }
        }
        return xml.append("</scoring>\n").toString();
    }

    /** A second series (林业), for experts of another pool: an expert's series must be installed (issue 15). */
    public static void declareForestry(SeriesStore store) throws DescriptorException {
        declare(store, series("forestry", "林业系列", "<specialty name=\"林业专业\" annexRow=\"31\">"
                + "<committee levels=\"中级\" unit=\"地区林草局\" phone=\"0997-2129003\"/></specialty>"), List.of("中"));
    }

    /** Declares the series with 2023 version 1 standards for the given grades, as its plugin would. */
    public static void declare(SeriesStore store, String descriptor, List<String> grades) throws DescriptorException {
        declare(store, descriptor, scoring(2023, 1, grades), "1.0.0");
    }

    /** Declares the series with the given standards, as version {@code bundleVersion} of its plugin would. */
    public static void declare(SeriesStore store, String descriptor, String scoringXml, String bundleVersion)
            throws DescriptorException {
        declare(store, descriptor, scoringXml, bundleVersion, LabelTranslations.NONE);
    }

    /** As above, with the labels' translations its plugin's l10n bundles would give. */
    public static void declare(SeriesStore store, String descriptor, String scoringXml, String bundleVersion,
                               LabelTranslations labels) throws DescriptorException {
        SeriesDescriptorReader.Parsed parsed = new SeriesDescriptorReader(DescriptorLimits.DEFAULTS)
                .read("series.xml", descriptor);
        String scoringSource = parsed.code() + "/ZH-INF/scoring.xml";
        store.declare(parsed, new ScoringStandardReader(DescriptorLimits.DEFAULTS).read(scoringSource, scoringXml, parsed),
                "org.zhicheng.series." + parsed.code(), bundleVersion, descriptor, scoringXml, scoringSource, labels);
    }

    /** One standard; {@code papers} points are variable, ability takes the rest of the 100. */
    public static String standard(int year, int version, String tier, String grade, String papers) {
        int ability = 100 - 10 - 25 - Integer.parseInt(papers) - 10 - 10 - 5;
        return """
                  <standard year="%d" version="%d" tier="%s" grade="%s" total="100" sample="true">
                    <item id="ethics" category="ethics" points="10" evidence="单位考核意见">职业道德</item>
                    <item id="ability" category="ability" points="%d" evidence="代表性成果">专业能力</item>
                    <item id="performance" category="performance" points="25" evidence="年度考核">工作业绩</item>
                    <item id="papers" category="papers" points="%s" evidence="论文、著作">论文著作</item>
                    <item id="education" category="education" points="10" evidence="学历证书及学信网备案表">学历</item>
                    <item id="seniority" category="seniority" points="10" computed="true" evidence="任职文件">任职年限</item>
                    <item id="awards" category="awards" points="5" evidence="获奖证书">奖励</item>
                  </standard>
                """.formatted(year, version, tier, grade, ability, papers);
    }
}
