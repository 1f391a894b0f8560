package org.zhicheng.core.internal.series;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What the descriptor readers share: a hardened SAX parse (no DTDs, no external entities) and
 * complaints that name the file and line, so a department can fix its plugin without help.
 */
final class DescriptorParsing {

    /** The descriptors' XML namespace; un-namespaced files, as deployed before the schema, are read the same. */
    static final String NAMESPACE = "https://zhicheng.example/schema/series/1.0";
    /** The schema of both descriptors, in the api bundle (copy in docs/schema). */
    static final String SCHEMA_RESOURCE = "/schema/zhicheng-series-1.0.xsd";

    private DescriptorParsing() {
    }

    static void parse(String source, byte[] content, LocatingHandler handler) throws DescriptorException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newSAXParser().parse(new ByteArrayInputStream(content), handler);
        } catch (SAXParseException e) {
            throw new DescriptorException(source, e.getLineNumber(), e.getMessage());
        } catch (SAXException e) {
            if (e.getCause() instanceof DescriptorException de) {
                throw de;
            }
            throw new DescriptorException(source, 0, e.getMessage());
        } catch (ParserConfigurationException | IOException e) {
            throw new DescriptorException(source, 0, e.toString());
        }
    }

    /** A SAX handler that knows where it is. */
    abstract static class LocatingHandler extends DefaultHandler {
        final String source;
        private Locator locator;
        /** Where {@code %key} labels are looked up (the plugin's ZH-INF/l10n bundles). */
        DescriptorLabels labels = DescriptorLabels.none();

        LocatingHandler(String source) {
            this.source = source;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        private String documentNamespace;

        /**
         * The element's name, in the descriptor namespace or in none (files written before the schema); one
         * file uses one of the two throughout, as the schema would have it.
         */
        /** A label as the records carry it: {@code %key} resolved in the plugin's bundles, refused with its line if unknown. */
        String localized(String value) throws SAXException {
            try {
                return labels.resolve(value);
            } catch (IllegalArgumentException e) {
                throw fail(e.getMessage());
            }
        }

        String element(String uri, String localName) throws SAXException {
            if (!uri.isEmpty() && !uri.equals(NAMESPACE)) {
                throw fail("<" + localName + "> is in the namespace '" + uri + "'; descriptors use '" + NAMESPACE + "'");
            }
            if (documentNamespace == null) {
                documentNamespace = uri;
            } else if (!documentNamespace.equals(uri)) {
                throw fail("<" + localName + "> is " + (uri.isEmpty() ? "in no namespace" : "in the namespace '" + uri + "'")
                        + " but the root element is " + (documentNamespace.isEmpty() ? "in none" : "in '" + documentNamespace + "'"));
            }
            return localName;
        }

        int line() {
            return locator == null ? 0 : locator.getLineNumber();
        }

        SAXException fail(String problem) {
            return new SAXException(new DescriptorException(source, line(), problem));
        }

        String required(Attributes attributes, String attribute, String element) throws SAXException {
            String value = attributes.getValue(attribute);
            if (value == null || value.isBlank()) {
                throw fail("<" + element + "> needs the attribute '" + attribute + "'");
            }
            return value.trim();
        }

        static String optional(Attributes attributes, String attribute) {
            String value = attributes.getValue(attribute);
            return value == null ? "" : value.trim();
        }

        boolean flag(Attributes attributes, String attribute) throws SAXException {
            String value = optional(attributes, attribute);
            if (value.isEmpty() || value.equals("false")) {
                return false;
            }
            if (value.equals("true")) {
                return true;
            }
            throw fail("'" + attribute + "' must be true or false, not '" + value + "'");
        }

        int integer(Attributes attributes, String attribute, String element) throws SAXException {
            String value = required(attributes, attribute, element);
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw fail("'" + attribute + "' of <" + element + "> must be a whole number, not '" + value + "'");
            }
        }

        BigDecimal decimal(Attributes attributes, String attribute, String element) throws SAXException {
            String value = required(attributes, attribute, element);
            try {
                BigDecimal number = new BigDecimal(value);
                if (number.signum() < 0) {
                    throw fail("'" + attribute + "' of <" + element + "> must not be negative");
                }
                return number;
            } catch (NumberFormatException e) {
                throw fail("'" + attribute + "' of <" + element + "> must be a number, not '" + value + "'");
            }
        }
    }
}
