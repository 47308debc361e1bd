package org.safesurgeries.portal.certificate;

import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.GlyphLayoutFontManager;
import org.openpdf.text.pdf.GlyphLayoutManager;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfGlyphArray;

import java.awt.Font;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;

/**
 * Shapes a run in the one direction the caller has already worked out. {@link TextLine} runs the Unicode
 * bidirectional algorithm over the whole line and hands over runs of a single direction; OpenPDF's own guess, made
 * again on each run alone, gets punctuation and digits wrong (and cannot handle a run of Arabic-Indic digits).
 * Writes ActualText, so copying and searching the PDF give the letters as typed rather than the shaped glyphs.
 */
final class FixedDirectionLayout extends GlyphLayoutManager {

    /** What Java's shaper returns for a character drawn as nothing, such as a zero-width non-joiner. */
    private static final int INVISIBLE = 0xFFFF;
    private static final int NOT_A_GLYPH = 0xFFFE;
    private static final float NO_MOVE = 1e-5f;

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

    /**
     * Writes the shaped glyphs at the places the shaper gave them, leaving out invisible ones. Persian writes a
     * zero-width non-joiner inside words (می‌توانید), and OpenPDF 3.0.5 drops every glyph written together with one,
     * which cut words and whole half-lines from Farsi and Dari text. An invisible glyph has no width, so leaving it
     * out moves nothing else.
     */
    @Override
    protected void adjustAndShowText(PdfContentByte canvas, float fontSize, GlyphVector glyphs) {
        float toTextSpace = 1000f / fontSize;
        var pending = new PdfGlyphArray();
        float pen = 0;
        for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
            int code = glyphs.getGlyphCode(i);
            if (code == INVISIBLE || code == NOT_A_GLYPH) {
                continue;
            }
            Point2D at = glyphs.getGlyphPosition(i);
            float rise = (float) -at.getY();
            boolean raised = Math.abs(rise) >= NO_MOVE;
            // A mark placed above or below its letter goes on its own, with the text rise set for it alone.
            if (raised) {
                show(canvas, pending);
                canvas.setTextRise(rise);
            }
            float shift = (float) at.getX() - pen;
            if (Math.abs(shift) >= NO_MOVE) {
                pending.add(-shift * toTextSpace);
            }
            pending.add(code);
            if (raised) {
                show(canvas, pending);
                canvas.setTextRise(0);
            }
            pen = (float) at.getX() + glyphs.getGlyphMetrics(i).getAdvanceX();
        }
        float shift = (float) glyphs.getGlyphPosition(glyphs.getNumGlyphs()).getX() - pen;
        if (Math.abs(shift) >= NO_MOVE) {
            pending.add(-shift * toTextSpace);
        }
        show(canvas, pending);
    }

    private static void show(PdfContentByte canvas, PdfGlyphArray glyphs) {
        if (!glyphs.isEmpty()) {
            canvas.showText(glyphs);
            glyphs.clear();
        }
    }
}
