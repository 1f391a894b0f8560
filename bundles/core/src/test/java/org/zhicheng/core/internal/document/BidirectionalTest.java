package org.zhicheng.core.internal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

/**
 * Uyghur shaping and bidi for the bilingual documents (issue 19): every letter gets the presentation form of its
 * place in the word (Uyghur's own letters too, which ICU's ArabicShaping leaves unjoined), the forms go back to the
 * letters under compatibility normalisation (what a PDF reader's text extraction does), and a right-to-left line
 * keeps its numbers, ID numbers and Chinese left to right.
 */
class BidirectionalTest {

    @Test
    void uyghurLettersTakeTheFormOfTheirPlace_issue19() {
        // ئ initial, ې medial (Uyghur's e), ل medial, ې medial, ك medial, ... ۇ final (only joins from the right), ق isolated
        assertEquals("\uFE8B\uFBE7\uFEE0\uFBE7\uFEDC\uFE98\uFEAE\uFEED\uFEE7\uFEE0\uFBD8\uFED5",
                Bidirectional.shape("ئېلېكترونلۇق"));
        // ڭ medial and ۈ, ۆ final; ى initial is Uyghur's dotless tooth (U+FBE8), not the Arabic alef maksura
        assertEquals("\uFEDB\uFBDA\uFBD5\uFBDC\uFEDD", Bidirectional.shape("كۆڭۈل"));
        assertEquals('\uFBE8', Bidirectional.shape("بېرىلدى").charAt(3));
        // lam-alef is one ligature; ە has no presentation forms and stays
        assertTrue(Bidirectional.shape("باھالاش").contains("\uFEFB"), Bidirectional.shape("باھالاش"));
        assertTrue(Bidirectional.shape("ۋەدىنامە").endsWith("\u06D5"));
    }

    @Test
    void shapedTextNormalisesBackToTheLetters_issue19() {
        String commitment = UyghurTexts.text("commitment.translation");
        String shaped = Bidirectional.shape(commitment);
        assertTrue(shaped.chars().filter(c -> c >= 0xFB50).count() > commitment.length() / 2, shaped);
        assertEquals(commitment, Normalizer.normalize(shaped, Normalizer.Form.NFKC));
    }

    @Test
    void numbersAndChineseStayLeftToRightInAUyghurLine_issue19() {
        String line = Bidirectional.visual("كىملىك نومۇرى: 652901**********06 阿依古丽", true);
        assertTrue(line.contains("652901**********06"), line);
        assertTrue(line.contains("阿依古丽"), line);
        // right to left: the label, first in logical order, ends up at the right; the words after it, without
        // Arabic letters, read left to right as one run
        assertTrue(line.endsWith(Bidirectional.shape("كىملىك").substring(0, 1)), line);
        assertTrue(line.startsWith("652901**********06 阿依古丽 "), line);
        assertEquals("2023年12月1日", Bidirectional.visual("2023年12月1日", true));
    }

    @Test
    void aUyghurDateKeepsItsNumbersInAChineseLine_issue19() {
        String ug = "2023-يىلى 12-ئاينىڭ 1-كۈنى";
        String line = Bidirectional.visual("2023年12月1日  " + ug, false);
        assertTrue(line.startsWith("2023年12月1日  "), line);
        // the Uyghur date as it is drawn alone in a right-to-left line: 2023 at its right, 1 at its left
        assertEquals(Bidirectional.visual(ug, true), line.substring("2023年12月1日  ".length()));
        assertTrue(line.endsWith("-2023"), line);
    }
}
