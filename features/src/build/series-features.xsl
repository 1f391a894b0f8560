<?xml version="1.0" encoding="UTF-8"?>
<!--
    Adds one feature per series plugin to the features repository (src/main/feature/feature.xml), for every module that
    series-plugins/pom.xml lists and feature.xml does not define itself: so adding a descriptor-only series touches
    series-plugins/pom.xml only (docs/plugin-guide.md). A plugin with code (a screen, a rule) defines its feature in
    feature.xml by hand, naming what its bundle requires; that definition wins.
    The generated feature is what a descriptor-only bundle needs: zhicheng-core, whose extender reads its ZH-INF/.
    The feature is named after the plugin's artifactId; its description takes the series name from the POM's <name> ("Zhicheng series plugin: 档案系列 (archives)").
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:pom="http://maven.apache.org/POM/4.0.0"
                xmlns:f="http://karaf.apache.org/xmlns/features/v1.6.0"
                exclude-result-prefixes="pom f">
    <xsl:output method="xml" encoding="UTF-8" indent="no"/>

    <!-- file: URI of series-plugins/pom.xml -->
    <xsl:param name="plugins"/>

    <xsl:variable name="template" select="/"/>
    <xsl:variable name="pluginsPom" select="document($plugins)"/>

    <xsl:template match="@*|node()">
        <xsl:copy><xsl:apply-templates select="@*|node()"/></xsl:copy>
    </xsl:template>

    <xsl:template match="/f:features">
        <xsl:copy>
            <xsl:apply-templates select="@*|node()"/>
            <xsl:text>&#10;    </xsl:text>
            <xsl:comment> Generated from series-plugins/pom.xml (features/src/build/series-features.xsl) </xsl:comment>
            <xsl:text>&#10;</xsl:text>
            <xsl:for-each select="$pluginsPom/pom:project/pom:modules/pom:module">
                <xsl:variable name="module" select="normalize-space(.)"/>
                <xsl:variable name="pom" select="document(concat($module, '/pom.xml'), $pluginsPom)/pom:project"/>
                <xsl:variable name="name" select="normalize-space($pom/pom:artifactId)"/>
                <xsl:if test="not($template/f:features/f:feature[@name = $name])">
                    <xsl:variable name="title" select="translate(substring-after($pom/pom:name, ': '), '-', ' ')"/>
                    <xsl:text>    </xsl:text>
                    <feature xmlns="http://karaf.apache.org/xmlns/features/v1.6.0" name="{$name}" version="${{project.version}}"
                             description="Series plugin {$title}: its ZH-INF descriptor (committees, fees, rules) read by core">
                        <xsl:text>&#10;        </xsl:text>
                        <feature version="${{project.version}}">zhicheng-core</feature>
                        <xsl:text>&#10;        </xsl:text>
                        <bundle>mvn:org.zhicheng/<xsl:value-of select="$name"/>/${project.version}</bundle>
                        <xsl:text>&#10;    </xsl:text>
                    </feature>
                    <xsl:text>&#10;</xsl:text>
                </xsl:if>
            </xsl:for-each>
            <xsl:text>&#10;</xsl:text>
        </xsl:copy>
    </xsl:template>
</xsl:stylesheet>
