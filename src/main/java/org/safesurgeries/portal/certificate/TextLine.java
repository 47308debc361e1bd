package org.safesurgeries.portal.certificate;

import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;

import java.awt.font.GlyphVector;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of text cut into runs of one font and one direction, in the order they appear on the page. The Unicode
 * bidirectional algorithm ({@link Bidi}) decides the direction of each run and the visual order of the runs, so an
 * Arabic name reads right to left, and a Latin ODS code beside it keeps its own order.
 */
final class TextLine {

    private final List<Run> visualRuns;
    private final float size;
    private final float width;

    private TextLine(List<Run> visualRuns, float size) {
        this.visualRuns = visualRuns;
        this.size = size;
        this.width = (float) visualRuns.stream().mapToDouble(Run::width).sum();
    }

    /** Whether text starting with this text's first strong letter reads right to left (Arabic script, Hebrew). */
    static boolean rightToLeft(String text) {
        return !new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
    }

    static TextLine shape(String text, FontChain chain, float size, boolean rightToLeft, FontLibrary library) {
        Bidi bidi = new Bidi(text, rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        List<Run> runs = new ArrayList<>();
        List<Byte> levels = new ArrayList<>();
        int start = 0;
        int font = -1;
        int level = -1;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int nextFont = chain.fontFor(codePoint, font);
            int nextLevel = bidi.getLevelAt(i);
            if (i > start && (nextFont != font || nextLevel != level)) {
                runs.add(Run.of(text.substring(start, i), chain.font(font), level, size, library));
                levels.add((byte) level);
                start = i;
            }
            font = nextFont;
            level = nextLevel;
            i += Character.charCount(codePoint);
        }
        if (start < text.length()) {
            runs.add(Run.of(text.substring(start), chain.font(font), level, size, library));
            levels.add((byte) level);
        }
        Run[] visual = runs.toArray(Run[]::new);
        byte[] runLevels = new byte[levels.size()];
        for (int i = 0; i < runLevels.length; i++) {
            runLevels[i] = levels.get(i);
        }
        Bidi.reorderVisually(runLevels, 0, visual, 0, visual.length);
        return new TextLine(List.of(visual), size);
    }

    float width() {
        return width;
    }

    /** Draws the line with its left end at x; the caller has set the fill colour. */
    void draw(PdfContentByte canvas, float x, float baseline, FontLibrary library) {
        float left = x;
        for (Run run : visualRuns) {
            canvas.beginText();
            canvas.setFontAndSize(run.font(), size);
            canvas.setTextMatrix(left, baseline);
            library.layout(run.rightToLeft()).showText(canvas, run.font(), size, run.text());
            canvas.endText();
            left += run.width();
        }
    }

    private record Run(String text, BaseFont font, boolean rightToLeft, float width) {

        static Run of(String text, BaseFont font, int level, float size, FontLibrary library) {
            boolean rightToLeft = (level & 1) == 1;
            GlyphVector glyphs = library.layout(rightToLeft).computeGlyphVector(font, size, text);
            float advance = (float) glyphs.getGlyphPosition(glyphs.getNumGlyphs()).getX();
            return new Run(text, font, rightToLeft, advance);
        }
    }
}
