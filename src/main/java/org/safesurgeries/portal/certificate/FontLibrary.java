package org.safesurgeries.portal.certificate;

import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.GlyphLayoutFontManager;
import org.openpdf.text.pdf.GlyphLayoutFontManager.FontLoadException;
import org.openpdf.text.pdf.GlyphLayoutFontManager.FontOptions;
import org.openpdf.text.pdf.GlyphLayoutManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bundled TrueType fonts, each loaded once from {@code certificates/fonts/} and embedded (as a subset) in every
 * PDF that uses it. Text is laid out by Java's own OpenType shaper through OpenPDF's {@link GlyphLayoutManager}: that
 * is what joins Arabic letters, places Devanagari vowel signs and positions accents, for every script alike.
 * <p>
 * Everything is loaded in the constructor and only read afterwards, so one library serves many threads.
 */
final class FontLibrary {

    private static final String FOLDER = "certificates/fonts/";

    private final GlyphLayoutFontManager shapes = new GlyphLayoutFontManager()
            .setDefaultFontOptions(new FontOptions().setKerningOn());
    private final GlyphLayoutManager leftToRight = new FixedDirectionLayout(shapes, false);
    private final GlyphLayoutManager rightToLeft = new FixedDirectionLayout(shapes, true);
    private final Map<String, BaseFont> byFile = new HashMap<>();

    FontLibrary(Collection<String> files) {
        files.forEach(file -> byFile.computeIfAbsent(file, this::load));
    }

    /** Every font file the layouts name, each loaded once however many layouts share it. */
    static FontLibrary forLayouts(Collection<CertificateLayout> layouts) {
        return new FontLibrary(layouts.stream()
                .flatMap(layout -> layout.fonts().values().stream())
                .flatMap(family -> Stream.of(family.regular(), family.bold()))
                .flatMap(Collection::stream)
                .distinct().toList());
    }

    FontChain chain(List<String> files) {
        return new FontChain(files.stream().map(this::font).toList());
    }

    /** The layout's fallback chains by {@link #chainName}, ready for its text blocks. */
    Map<String, FontChain> chains(CertificateLayout layout) {
        Map<String, FontChain> byName = new HashMap<>();
        layout.fonts().forEach((family, files) -> {
            byName.put(chainName(family, "regular"), chain(files.regular()));
            byName.put(chainName(family, "bold"), chain(files.bold()));
        });
        return Map.copyOf(byName);
    }

    static String chainName(String family, String style) {
        return family + "/" + style;
    }

    GlyphLayoutManager layout(boolean rightToLeft) {
        return rightToLeft ? this.rightToLeft : leftToRight;
    }

    private BaseFont font(String file) {
        BaseFont font = byFile.get(file);
        if (font == null) {
            throw new IllegalArgumentException("Font " + file + " was not loaded");
        }
        return font;
    }

    private BaseFont load(String file) {
        try (InputStream in = FontLibrary.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + FOLDER + file + " is not on the classpath");
            }
            // Creates BaseFont.createFont(file, IDENTITY_H, EMBEDDED, ..., bytes) and the matching AWT font.
            BaseFont font = leftToRight.loadFont(file, in, 12).getBaseFont();
            // Compressing the embedded subsets was a third of a certificate's time (bench/README.md): the fastest
            // level makes the file 4% larger and issuing 29% faster.
            font.setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + file, e);
        } catch (FontLoadException e) {
            throw new IllegalStateException("Font " + file + " is not a usable TrueType font", e);
        }
    }
}
