package org.zhicheng.core.internal.series;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.zhicheng.api.series.Series;

/**
 * The build-time check of a series plugin's {@code ZH-INF} folder, with core's own readers: both descriptors against
 * the schema the api bundle ships, then through {@link SeriesDescriptorReader} and {@link ScoringStandardReader} at the
 * default limits, with the plugin's label bundles ({@code ZH-INF/l10n/series*.properties},
 * see {@link DescriptorLabels}), so that a broken descriptor fails the plugin's build with its file and line
 * instead of being refused by the extender at deployment.
 * <p>
 * Run on a plain class path (no OSGi): {@code java -cp zhicheng-core.jar:zhicheng-api.jar
 * org.zhicheng.core.internal.series.DescriptorCheck path/to/ZH-INF ...}. The series plugins' parent POM runs it on every
 * plugin (exec-maven-plugin), the archetype's generated project in its {@code zhicheng-check} profile.
 */
public final class DescriptorCheck {

    private DescriptorCheck() {
    }

    /** Checks each ZH-INF folder named; fails (exception, so that an in-process build fails too) listing every problem. */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: DescriptorCheck <ZH-INF folder>...");
        }
        List<String> problems = new ArrayList<>();
        for (String folder : args) {
            problems.addAll(problems(Path.of(folder)));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("series descriptors refused:\n" + String.join("\n", problems));
        }
        System.out.println("ZH-INF descriptors valid (schema and core's readers): " + String.join(", ", args));
    }

    /** Every problem of one plugin's ZH-INF folder, each as {@code file:line: message}; empty when it is valid. */
    public static List<String> problems(Path zhInf) throws IOException {
        Path seriesFile = zhInf.resolve("series.xml");
        Path scoringFile = zhInf.resolve("scoring.xml");
        List<String> problems = new ArrayList<>();
        for (Path file : List.of(seriesFile, scoringFile)) {
            if (!Files.isRegularFile(file)) {
                problems.add(file + ": missing (a series plugin carries ZH-INF/series.xml and ZH-INF/scoring.xml)");
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        byte[] series = Files.readAllBytes(seriesFile);
        byte[] scoring = Files.readAllBytes(scoringFile);
        problems.addAll(schemaProblems(seriesFile.toString(), series));
        problems.addAll(schemaProblems(scoringFile.toString(), scoring));
        DescriptorLabels labels = DescriptorLabels.load(path -> {
            Path file = zhInf.resolve(path);
            return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
        });
        try {
            SeriesDescriptorReader.Parsed parsed = new SeriesDescriptorReader(DescriptorLimits.DEFAULTS)
                    .read(seriesFile.toString(), series, labels);
            new ScoringStandardReader(DescriptorLimits.DEFAULTS).read(scoringFile.toString(), scoring, parsed, labels);
        } catch (DescriptorException e) {
            problems.add(e.getMessage());
        }
        labels.unknownKeys().forEach((language, keys) -> problems.add(zhInf.resolve(DescriptorLabels.FOLDER + "/"
                + DescriptorLabels.BASE + "_" + language + ".properties") + ": keys not in " + DescriptorLabels.BASE
                + ".properties (a typo leaves the label untranslated): " + keys));
        return problems;
    }

    /** Each problem as {@code source:line: message} of validating against the shipped schema; empty when it validates. */
    public static List<String> schemaProblems(String source, byte[] content) {
        List<String> problems = new ArrayList<>();
        Validator validator = SchemaHolder.SCHEMA.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings do not make a descriptor invalid
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(source + ":" + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(content)));
        } catch (SAXParseException e) {
            // already reported through the handler (not well-formed)
            if (problems.isEmpty()) {
                problems.add(source + ":" + e.getLineNumber() + ": " + e.getMessage());
            }
        } catch (SAXException | IOException e) {
            problems.add(source + ": " + e.getMessage());
        }
        return problems;
    }

    /** Compiled once, on first use. */
    private static final class SchemaHolder {
        static final Schema SCHEMA = schema();
    }

    /** The descriptors' schema, from the api bundle ({@value DescriptorParsing#SCHEMA_RESOURCE}). */
    public static Schema schema() {
        try (InputStream xsd = Series.class.getResourceAsStream(DescriptorParsing.SCHEMA_RESOURCE)) {
            if (xsd == null) {
                throw new IllegalStateException("the api bundle ships no " + DescriptorParsing.SCHEMA_RESOURCE);
            }
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new StreamSource(xsd));
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("the descriptor schema does not compile: " + e.getMessage(), e);
        }
    }
}
