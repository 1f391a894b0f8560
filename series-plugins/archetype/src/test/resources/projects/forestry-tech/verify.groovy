// Runs after "mvn package" of the generated project: the bundle's manifest and its ZH-INF descriptors.
// (The archetype plugin's script runner passes the generated project's directory as context.projectDir.)
import java.util.jar.JarFile

def projectDir = context.projectDir
assert new File(projectDir, 'schema/zhicheng-series-1.0.xsd').isFile() : 'the descriptor schema is not in the generated project'

def log = new File(projectDir, 'build.log')
assert log.isFile() && log.getText('UTF-8').contains('ZH-INF descriptors valid (schema and core') : "core's descriptor check did not run: ${log}"

def jar = new File(projectDir, 'target/zhicheng-series-forestry-tech-1.0.0.jar')
assert jar.isFile() : "no bundle built: ${jar}"

new JarFile(jar).withCloseable { bundle ->
    def main = bundle.manifest.mainAttributes
    assert main.getValue('Bundle-SymbolicName') == 'org.zhicheng.series.forestry.tech'
    assert main.getValue('Bundle-Version') == '1.0.0'
    assert main.getValue('Export-Package') == null
    assert main.getValue('Import-Package') == null

    def text = { String path ->
        def entry = bundle.getEntry(path)
        assert entry != null : "${path} missing from ${jar.name}"
        bundle.getInputStream(entry).getText('UTF-8')
    }
    def seriesXml = text('ZH-INF/series.xml')
    def scoringXml = text('ZH-INF/scoring.xml')
    [seriesXml, scoringXml].each { assert !it.contains('${') : 'unresolved template variable' }

    def series = new groovy.xml.XmlSlurper().parseText(seriesXml)
    assert series.namespaceURI() == 'https://zhicheng.example/schema/series/1.0'
    assert series.@code == 'forestry-tech'
    assert series.@name == '\u6797\u4e1a\u6280\u672f\u7cfb\u5217' // 林业技术系列
    assert series.specialty.size() == 1
    assert series.fees.@senior == '600'

    // R-26, R-27 and the rest: core's own readers checked both files in the build (profile zhicheng-check)
    def standards = new groovy.xml.XmlSlurper().parseText(scoringXml).standard
    assert standards.size() == 9
    assert standards.collect { "${it.@tier}/${it.@grade}" }.toSet().size() == 9
}
true
