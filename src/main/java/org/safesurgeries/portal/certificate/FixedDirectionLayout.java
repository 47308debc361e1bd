package org.safesurgeries.portal.certificate;

import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.GlyphLayoutFontManager;
import org.openpdf.text.pdf.GlyphLayoutManager;
import org.openpdf.text.pdf.PdfContentByte;

import java.awt.Font;

/**
 * Shapes a run in the one direction the caller has already worked out. {@link TextLine} runs the Unicode
 * bidirectional algorithm over the whole line and hands over runs of a single direction; OpenPDF's own guess, made
 * again on each run alone, gets punctuation and digits wrong (and cannot handle a run of Arabic-Indic digits).
 * Writes ActualText, so copying and searching the PDF give the letters as typed rather than the shaped glyphs.
 */
final class FixedDirectionLayout extends GlyphLayoutManager {

    private final int direction;

    FixedDirectionLayout(GlyphLayoutFontManager fonts, boolean rightToLeft) {
        super(fonts);
        this.direction = rightToLeft ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT;
        setWriteActualText(true);
    }

    @Override
    protected int computeBidiFlags(String text) {
        return direction;
    }

    @Override
    protected boolean ifMixedThenDivideTextAndShow(PdfContentByte cb, BaseFont baseFont, float fontSize,
                                                   String text) {
        return false;
    }
}
