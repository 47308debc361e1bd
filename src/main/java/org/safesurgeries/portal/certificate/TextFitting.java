package org.safesurgeries.portal.certificate;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes a piece of text fit its box. First it shrinks the text on one line, down to the block's smallest size; if
 * that is not enough it wraps, at the largest size whose lines all fit the box. Text never leaves its box: as a last
 * resort it goes below the smallest size, and only text too long even at {@value #FLOOR} points is cut with "…".
 */
final class TextFitting {

    /** Distance between baselines, as a multiple of the size; roomy enough for Arabic and Ethiopic marks. */
    static final float LINE_HEIGHT = 1.3f;
    static final float FLOOR = 4f;
    private static final float STEP = 0.5f;
    private static final float MEASURED_AT = 100f;

    private final FontChain chain;
    private final FontLibrary library;
    private final boolean rightToLeft;
    // Shaped widths grow in proportion to the size, so each piece of text is shaped once and scaled after.
    private final Map<String, Float> widthsAtMeasuredSize = new HashMap<>();

    TextFitting(FontChain chain, FontLibrary library, boolean rightToLeft) {
        this.chain = chain;
        this.library = library;
        this.rightToLeft = rightToLeft;
    }

    record Fitted(float size, List<TextLine> lines) {
    }

    Fitted fit(String text, float size, float smallestSize, float width, float height) {
        for (float s = size; s >= smallestSize; s -= STEP) {
            if (width(text, s) <= width && s * LINE_HEIGHT <= height) {
                return shaped(s, List.of(text));
            }
        }
        for (float s = size; s >= FLOOR; s -= STEP) {
            List<String> lines = wrap(text, s, width, false);
            if (lines != null && lines.size() * s * LINE_HEIGHT <= height) {
                return shaped(s, lines);
            }
        }
        int room = Math.max(1, (int) (height / (FLOOR * LINE_HEIGHT)));
        return shaped(FLOOR, cut(wrap(text, FLOOR, width, true), room, width));
    }

    private Fitted shaped(float size, List<String> lines) {
        return new Fitted(size, lines.stream()
                .map(line -> TextLine.shape(line, chain, size, rightToLeft, library)).toList());
    }

    /**
     * Greedy line breaking at the places Unicode allows (spaces, after hyphens). A word wider than the box is split
     * only when splitWords is set; otherwise there is no wrapping at this size (null) and the text must get smaller.
     */
    private List<String> wrap(String text, float size, float width, boolean splitWords) {
        List<String> lines = new ArrayList<>();
        String line = "";
        BreakIterator breaks = BreakIterator.getLineInstance();
        breaks.setText(text);
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE;
             start = end, end = breaks.next()) {
            String piece = text.substring(start, end);
            if (width((line + piece).strip(), size) <= width) {
                line += piece;
                continue;
            }
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
            line = piece;
            if (!splitWords && width(line.strip(), size) > width) {
                return null;
            }
            while (width(line.strip(), size) > width) {
                int fits = longestFittingPrefix(line, size, width);
                lines.add(line.substring(0, fits));
                line = line.substring(fits);
            }
        }
        if (!line.isBlank()) {
            lines.add(line.strip());
        }
        return lines;
    }

    private int longestFittingPrefix(String text, float size, float width) {
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(text);
        int fits = characters.following(0);
        for (int end = characters.next(); end != BreakIterator.DONE; end = characters.next()) {
            if (width(text.substring(0, end), size) > width) {
                break;
            }
            fits = end;
        }
        return fits;
    }

    private List<String> cut(List<String> lines, int room, float width) {
        if (lines.size() <= room) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, room));
        String last = kept.get(room - 1);
        while (!last.isEmpty() && width(last + "…", FLOOR) > width) {
            last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
        }
        kept.set(room - 1, last.strip() + "…");
        return kept;
    }

    private float width(String text, float size) {
        float measured = widthsAtMeasuredSize.computeIfAbsent(text,
                t -> TextLine.shape(t, chain, MEASURED_AT, rightToLeft, library).width());
        return measured * size / MEASURED_AT;
    }
}
