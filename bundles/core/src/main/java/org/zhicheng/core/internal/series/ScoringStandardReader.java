package org.zhicheng.core.internal.series;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.zhicheng.api.domain.Tier;
import org.zhicheng.api.domain.TitleLevel;
import org.zhicheng.api.scoring.Grade;
import org.zhicheng.api.scoring.Points;
import org.zhicheng.api.scoring.ScoringCategory;
import org.zhicheng.api.scoring.ScoringItem;
import org.zhicheng.api.scoring.ScoringStandard;
import org.zhicheng.api.series.Specialty;

/**
 * Reads and checks a plugin's {@code ZH-INF/scoring.xml}: points add up to the total, no
 * one of the "four onlys" exceeds its capped share, every tier and evaluated grade has a standard.
 * Every complaint names the file, the line and the standard or item.
 */
public final class ScoringStandardReader {

    private final DescriptorLimits limits;

    public ScoringStandardReader(DescriptorLimits limits) {
        this.limits = limits;
    }

    public List<ScoringStandard> read(String source, byte[] content, SeriesDescriptorReader.Parsed series)
            throws DescriptorException {
        return read(source, content, series, DescriptorLabels.none());
    }

    /** Reads with the plugin's label bundles: an item named {@code %key} gets its Chinese text. */
    public List<ScoringStandard> read(String source, byte[] content, SeriesDescriptorReader.Parsed series,
                                      DescriptorLabels labels) throws DescriptorException {
        Handler handler = new Handler(source, series.code(), limits);
        handler.labels = labels;
        DescriptorParsing.parse(source, content, handler);
        List<ScoringStandard> standards = handler.standards;
        requireEveryTierAndGrade(source, standards, evaluatedGrades(series.specialties()));
        return standards;
    }

    public List<ScoringStandard> read(String source, String content, SeriesDescriptorReader.Parsed series)
            throws DescriptorException {
        return read(source, content.getBytes(StandardCharsets.UTF_8), series);
    }

    static Set<Grade> evaluatedGrades(List<Specialty> specialties) {
        Set<Grade> grades = EnumSet.noneOf(Grade.class);
        for (Specialty specialty : specialties) {
            for (TitleLevel level : TitleLevel.values()) {
                if (specialty.evaluates(level)) {
                    grades.add(Grade.of(level));
                }
            }
        }
        return grades;
    }

    /** standards by tier and grade; each year that has standards has them for all of these. */
    private static void requireEveryTierAndGrade(String source, List<ScoringStandard> standards, Set<Grade> grades)
            throws DescriptorException {
        Set<Integer> years = new TreeSet<>();
        standards.forEach(s -> years.add(s.year()));
        if (years.isEmpty()) {
            throw new DescriptorException(source, 0, "no scoring standard declared (R-26)");
        }
        for (int year : years) {
            for (Grade grade : grades) {
                for (Tier tier : Tier.values()) {
                    boolean present = standards.stream().anyMatch(s -> s.year() == year && s.grade() == grade && s.tier() == tier);
                    if (!present) {
                        throw new DescriptorException(source, 0, "no " + year + " standard for tier " + tier.officialTerm()
                                + " and grade " + grade.officialTerm() + " (R-26: every tier and evaluated grade)");
                    }
                }
            }
        }
        for (ScoringStandard standard : standards) {
            if (!grades.contains(standard.grade())) {
                throw new DescriptorException(source, 0, "standard " + label(standard.year(), standard.version(),
                        standard.tier(), standard.grade()) + " is for a grade no specialty of the series evaluates");
            }
        }
    }

    static String label(int year, int version, Tier tier, Grade grade) {
        return year + " v" + version + " " + tier.officialTerm() + "/" + grade.officialTerm();
    }

    private static final class Handler extends DescriptorParsing.LocatingHandler {
        private final String seriesCode;
        private final DescriptorLimits limits;
        final List<ScoringStandard> standards = new ArrayList<>();
        private final Set<String> keys = new HashSet<>();
        private boolean rootSeen;

        // the standard being read
        private int year;
        private int version;
        private Tier tier;
        private Grade grade;
        private BigDecimal total;
        private boolean sample;
        private int standardLine;
        private List<ScoringItem> items;
        private Map<String, Integer> itemLines;

        // the item being read
        private String itemId;
        private ScoringCategory itemCategory;
        private BigDecimal itemPoints;
        private BigDecimal itemPerYear;
        private String itemEvidence;
        private boolean itemComputed;
        private StringBuilder itemText;

        Handler(String source, String seriesCode, DescriptorLimits limits) {
            super(source);
            this.seriesCode = seriesCode;
            this.limits = limits;
        }

        @Override
        public void startElement(String uri, String localName, String qualifiedName, Attributes attributes) throws SAXException {
            String tag = element(uri, localName);
            switch (tag) {
                case "scoring" -> {
                    if (rootSeen) {
                        throw fail("<scoring> may appear only once, as the root element");
                    }
                    rootSeen = true;
                }
                case "standard" -> startStandard(attributes);
                case "item" -> startItem(attributes);
                default -> throw fail("unknown element <" + tag + ">");
            }
        }

        private void startStandard(Attributes attributes) throws SAXException {
            if (!rootSeen || items != null) {
                throw fail("<standard> must be directly inside <scoring>");
            }
            year = integer(attributes, "year", "standard");
            version = integer(attributes, "version", "standard");
            if (year < 2000 || year > 2100 || version < 1) {
                throw fail("standard year must be 2000-2100 and version 1 or more");
            }
            try {
                tier = Tier.fromOfficialTerm(required(attributes, "tier", "standard"));
            } catch (IllegalArgumentException e) {
                throw fail("unknown tier '" + attributes.getValue("tier") + "' (expected 地直, 县市 or 乡镇)");
            }
            try {
                grade = Grade.fromOfficialTerm(required(attributes, "grade", "standard"));
            } catch (IllegalArgumentException e) {
                throw fail("unknown grade '" + attributes.getValue("grade") + "' (expected 高, 中 or 初)");
            }
            total = decimal(attributes, "total", "standard");
            if (total.signum() == 0) {
                throw fail("standard total must be more than 0");
            }
            sample = flag(attributes, "sample");
            if (!keys.add(label(year, version, tier, grade))) {
                throw fail("standard " + label(year, version, tier, grade) + " is declared twice");
            }
            standardLine = line();
            items = new ArrayList<>();
            itemLines = new LinkedHashMap<>();
        }

        private void startItem(Attributes attributes) throws SAXException {
            if (items == null || itemText != null) {
                throw fail("<item> must be directly inside <standard>");
            }
            itemId = required(attributes, "id", "item");
            if (itemLines.containsKey(itemId)) {
                throw fail("item '" + itemId + "' appears twice in standard " + label(year, version, tier, grade));
            }
            String category = required(attributes, "category", "item");
            try {
                itemCategory = ScoringCategory.fromDescriptorName(category);
            } catch (IllegalArgumentException e) {
                throw fail("item '" + itemId + "' has unknown category '" + category + "'");
            }
            itemPoints = decimal(attributes, "points", "item");
            itemEvidence = optional(attributes, "evidence");
            itemComputed = flag(attributes, "computed");
            // a computed item earns perYear points for each full year in the current appointment, up to its points
            itemPerYear = optional(attributes, "perYear").isEmpty() ? BigDecimal.ONE : decimal(attributes, "perYear", "item");
            if (!itemComputed && !optional(attributes, "perYear").isEmpty()) {
                throw fail("item '" + itemId + "': perYear belongs to computed=\"true\" items only");
            }
            if (itemPerYear.signum() <= 0) {
                throw fail("item '" + itemId + "': perYear must be above 0");
            }
            itemLines.put(itemId, line());
            itemText = new StringBuilder();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (itemText != null) {
                itemText.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qualifiedName) throws SAXException {
            String tag = localName;
            if (tag.equals("item")) {
                String name = localized(itemText.toString().trim());
                if (name.isEmpty()) {
                    throw fail("item '" + itemId + "' needs its name as text, e.g. <item ...>职业道德</item>");
                }
                try {
                    items.add(new ScoringItem(itemId, name, itemCategory, itemPoints, itemEvidence, itemComputed, itemPerYear));
                } catch (IllegalArgumentException e) {
                    throw failAt(itemLines.get(itemId), "item '" + itemId + "': points and perYear have at most two decimals");
                }
                itemText = null;
            } else if (tag.equals("standard")) {
                endStandard();
            }
        }

        private void endStandard() throws SAXException {
            String label = label(year, version, tier, grade);
            if (items.isEmpty()) {
                throw failAt(standardLine, "standard " + label + " has no item");
            }
            ScoringStandard standard;
            try {
                standard = new ScoringStandard(seriesCode, year, version, tier, grade, total, sample, items);
            } catch (IllegalArgumentException e) {
                throw failAt(standardLine, "standard " + label + ": the total has at most two decimals");
            }
            BigDecimal sum = items.stream().map(ScoringItem::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(total) != 0) {
                throw failAt(standardLine, "standard " + label + ": items add up to " + Points.format(sum)
                        + " points, not the total " + Points.format(total));
            }
            Map<ScoringCategory, String> firstItem = new HashMap<>();
            items.forEach(i -> firstItem.putIfAbsent(i.category(), i.id()));
            for (ScoringCategory category : ScoringCategory.values()) {
                if (category.isFourOnlys() && standard.exceedsShare(category, limits.fourOnlysMaxShare())) {
                    BigDecimal points = standard.pointsOf(category);
                    String item = firstItem.get(category);
                    throw failAt(itemLines.get(item), "standard " + label + ", item '" + item + "': category "
                            + category.descriptorName() + " carries " + Points.format(points) + " of "
                            + Points.format(total) + " points (" + percent(points.divide(total, 4, RoundingMode.HALF_UP))
                            + "), more than the " + percent(limits.fourOnlysMaxShare())
                            + " allowed for one of the four onlys (R-27)");
                }
            }
            standards.add(standard);
            items = null;
        }

        private SAXException failAt(int line, String problem) {
            return new SAXException(new DescriptorException(source, line, problem));
        }

        private static String percent(BigDecimal fraction) {
            return fraction.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%";
        }
    }
}
