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

    private DescriptorParsing() {
    }

    static void parse(String source, byte[] content, LocatingHandler handler) throws DescriptorException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(false);
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

        LocatingHandler(String source) {
            this.source = source;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
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
