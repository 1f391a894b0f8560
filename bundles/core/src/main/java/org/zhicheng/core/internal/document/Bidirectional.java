package org.zhicheng.core.internal.document;

import java.util.HashMap;
import java.util.Map;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.Normalizer2;

/**
 * Uyghur (Arabic script) for PDFBox, which draws code points as given and neither shapes nor reorders (issue 19).
 * Each letter of a line becomes its Arabic presentation form (isolated, initial, medial, final; lam-alef as the
 * ligature), which the embedded Noto Naskh Arabic maps in its cmap: so the glyphs come from the cmap as for Chinese,
 * the PDF's ToUnicode maps them back (text extraction normalises them to the letters), and no GSUB engine is needed.
 * ICU4J's ArabicShaping is not used: it shapes only the basic Arabic letters and leaves Uyghur's ې ۇ ۆ ۈ ۋ ڭ ھ ى
 * unjoined. Instead the joining types come from ICU's Unicode properties and the forms from the presentation forms'
 * decompositions; Uyghur's ە has no presentation forms and stays as it is (joined to from the right by its
 * neighbour's form). Then ICU's Bidi puts the line in visual order (numbers, ID numbers, Latin and Chinese stay
 * left to right inside a right-to-left line). Lines are broken in logical order, each shaped and reordered alone.
 */
final class Bidirectional {

    private static final int ISOLATED = 0;
    private static final int FINAL = 1;
    private static final int INITIAL = 2;
    private static final int MEDIAL = 3;
    /** letter to its four forms (0 where Unicode has none), from the presentation forms' compatibility decompositions */
    private static final Map<Integer, int[]> FORMS = new HashMap<>();
    /** lam-alef ligatures by alef: isolated and final */
    private static final Map<Integer, int[]> LAM_ALEF = new HashMap<>();

    static {
        Normalizer2 nfkd = Normalizer2.getNFKDInstance();
        for (int[] block : new int[][] {{0xFB50, 0xFDFF}, {0xFE70, 0xFEFF}}) {
            for (int cp = block[0]; cp <= block[1]; cp++) {
                int form = form(UCharacter.getIntPropertyValue(cp, UProperty.DECOMPOSITION_TYPE));
                String letters = nfkd.getRawDecomposition(cp); // one level: ئ stays ئ
                if (form < 0 || letters == null) {
                    continue;
                }
                int[] cps = letters.codePoints().toArray();
                if (cps.length == 1) {
                    FORMS.computeIfAbsent(cps[0], k -> new int[4])[form] = cp;
                } else if (cps.length == 2 && cps[0] == 0x0644 && "\u0622\u0623\u0625\u0627".indexOf(cps[1]) >= 0 && form <= FINAL) {
                    LAM_ALEF.computeIfAbsent(cps[1], k -> new int[2])[form] = cp;
                }
            }
        }
    }

    private Bidirectional() {
    }

    private static int form(int decompositionType) {
        return switch (decompositionType) {
            case UCharacter.DecompositionType.ISOLATED -> ISOLATED;
            case UCharacter.DecompositionType.FINAL -> FINAL;
            case UCharacter.DecompositionType.INITIAL -> INITIAL;
            case UCharacter.DecompositionType.MEDIAL -> MEDIAL;
            default -> -1;
        };
    }

    /** Arabic letters, marks and presentation forms: drawn with the Arabic font, and the reason a line needs bidi. */
    static boolean isArabic(int cp) {
        return (cp >= 0x0600 && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F)
                || (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF);
    }

    static boolean hasArabic(String text) {
        return text.codePoints().anyMatch(Bidirectional::isArabic);
    }

    /** One line in logical order to shaped glyph code points in visual order (left to right), its base direction given. */
    static String visual(String logical, boolean rightToLeft) {
        if (!hasArabic(logical)) {
            return logical;
        }
        Bidi bidi = new Bidi();
        bidi.setPara(shape(isolated(logical, rightToLeft)), rightToLeft ? Bidi.RTL : Bidi.LTR, null);
        // mirroring turns a parenthesis in a right-to-left run round, as a reader expects
        return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
    }

    /**
     * In a right-to-left line each run of words without Arabic letters (a masked ID number 652901**********06, a
     * Chinese name, a Chinese date) between left-to-right isolates, else the pieces of 652901**********06 that the
     * asterisks separate would come in the wrong order; in a left-to-right line each run of Uyghur words between
     * right-to-left isolates, so that 2023-يىلى 12-ئاينىڭ keeps its numbers with its words.
     */
    private static String isolated(String logical, boolean rightToLeft) {
        StringBuilder out = new StringBuilder(logical.length() + 8);
        String[] words = logical.split("(?<= )|(?= )");
        int i = 0;
        while (i < words.length) {
            if (words[i].isBlank() || hasArabic(words[i]) == rightToLeft) {
                out.append(words[i++]);
                continue;
            }
            int end = i;
            for (int j = i; j < words.length && (words[j].isBlank() || hasArabic(words[j]) != rightToLeft); j++) {
                if (!words[j].isBlank()) {
                    end = j;
                }
            }
            out.append(rightToLeft ? '\u2066' : '\u2067');
            for (int j = i; j <= end; j++) {
                out.append(words[j]);
            }
            out.append('\u2069');
            i = end + 1;
        }
        return out.toString();
    }

    /** The presentation forms in logical order: also what a line's width is measured on. */
    static String shape(String logical) {
        if (!hasArabic(logical)) {
            return logical;
        }
        int[] cps = logical.codePoints().toArray();
        StringBuilder shaped = new StringBuilder(logical.length());
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            int type = joining(cp);
            if (type == UCharacter.JoiningType.TRANSPARENT || !FORMS.containsKey(cp) && cp != 0x0644) {
                shaped.appendCodePoint(cp);
                continue;
            }
            int previous = neighbour(cps, i, -1);
            boolean fromRight = previous >= 0 && joinsNext(cps[previous]) && (type == UCharacter.JoiningType.DUAL_JOINING
                    || type == UCharacter.JoiningType.RIGHT_JOINING);
            int next = neighbour(cps, i, +1);
            if (cp == 0x0644 && next >= 0 && LAM_ALEF.containsKey(cps[next])) {
                int ligature = LAM_ALEF.get(cps[next])[fromRight ? FINAL : ISOLATED];
                if (ligature != 0) {
                    shaped.appendCodePoint(ligature);
                    for (int j = i + 1; j < next; j++) {
                        shaped.appendCodePoint(cps[j]); // a mark between lam and alef stays
                    }
                    i = next;
                    continue;
                }
            }
            boolean toLeft = type == UCharacter.JoiningType.DUAL_JOINING && next >= 0 && joinsRight(cps[next]);
            int form = fromRight ? (toLeft ? MEDIAL : FINAL) : (toLeft ? INITIAL : ISOLATED);
            int[] forms = FORMS.get(cp);
            int glyph = forms == null ? 0 : forms[form];
            shaped.appendCodePoint(glyph != 0 ? glyph : cp);
        }
        return shaped.toString();
    }

    /** The index of the nearest letter that is not a mark, before (-1) or after (+1) {@code i}; -1 if none. */
    private static int neighbour(int[] cps, int i, int step) {
        for (int j = i + step; j >= 0 && j < cps.length; j += step) {
            if (joining(cps[j]) != UCharacter.JoiningType.TRANSPARENT) {
                return j;
            }
        }
        return -1;
    }

    /** Whether a letter joins the one after it (dual-joining, or the tatweel). */
    private static boolean joinsNext(int cp) {
        int type = joining(cp);
        return type == UCharacter.JoiningType.DUAL_JOINING || type == UCharacter.JoiningType.JOIN_CAUSING;
    }

    /** Whether a letter joins the one before it. */
    private static boolean joinsRight(int cp) {
        int type = joining(cp);
        return type == UCharacter.JoiningType.DUAL_JOINING || type == UCharacter.JoiningType.RIGHT_JOINING
                || type == UCharacter.JoiningType.JOIN_CAUSING;
    }

    private static int joining(int cp) {
        return UCharacter.getIntPropertyValue(cp, UProperty.JOINING_TYPE);
    }
}
