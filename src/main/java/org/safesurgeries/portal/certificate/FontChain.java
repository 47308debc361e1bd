package org.safesurgeries.portal.certificate;

import org.openpdf.text.pdf.BaseFont;

import java.lang.Character.UnicodeScript;
import java.util.List;

/**
 * Fonts in order of preference: a character is drawn by the first font that has it. Spaces, punctuation, digits and
 * combining marks stay with the font of the text around them, so an Arabic name keeps its spaces (and Persian its
 * zero-width non-joiners) inside one shaped run.
 */
record FontChain(List<BaseFont> fonts) {

    FontChain {
        fonts = List.copyOf(fonts);
    }

    /** The index of the font for this character, given the font of the character before it (or -1). */
    int fontFor(int codePoint, int previous) {
        UnicodeScript script = UnicodeScript.of(codePoint);
        if (previous >= 0 && (script == UnicodeScript.INHERITED
                || script == UnicodeScript.COMMON && fonts.get(previous).charExists(codePoint))) {
            return previous;
        }
        for (int i = 0; i < fonts.size(); i++) {
            if (fonts.get(i).charExists(codePoint)) {
                return i;
            }
        }
        // No bundled font has it (CJK, for one): the main font draws its missing-glyph box.
        return Math.max(previous, 0);
    }

    /** Whether some font in the chain has every character of the text. */
    boolean covers(String text) {
        return text.codePoints().filter(c -> !Character.isWhitespace(c) && Character.getType(c) != Character.FORMAT)
                .allMatch(c -> fonts.stream().anyMatch(font -> font.charExists(c)));
    }

    BaseFont font(int index) {
        return fonts.get(index);
    }
}
