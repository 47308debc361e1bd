package org.safesurgeries.portal.certificate;

import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.safesurgeries.portal.certificate.CertificateLayout.TextBlock;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Renders the waiting-room poster: in the patient's language, it says they can register here without ID, proof of
 * address or immigration status, that an interpreter is free, and that their information is not passed to
 * immigration enforcement; with the practice's name and a QR code to its public directory page. Thread-safe; the
 * translations, layout and fonts are loaded once.
 * <p>
 * The design is {@code certificates/posters/poster.json} and the wording {@code certificates/posters/<code>.json}, so
 * a new language or a corrected sentence needs no Java change. Right-to-left languages get the same design mirrored.
 */
public class PosterRenderer {

    private static final String LAYOUT = PosterTranslations.FOLDER + PosterTranslations.LAYOUT_FILE;

    private final Map<String, PosterTranslation> translations = new LinkedHashMap<>();
    private final CertificateLayout leftToRight;
    private final CertificateLayout rightToLeft;
    private final FontLibrary fonts;
    private final Map<String, FontChain> chains;

    /** Loads everything from the classpath folder {@code certificates/posters/}; fails fast if something is wrong. */
    public PosterRenderer() {
        Set<String> required = Stream.concat(PosterTranslation.KEYS.stream(), Stream.of("practiceName"))
                .collect(Collectors.toSet());
        leftToRight = new LayoutLoader().load(LAYOUT, required);
        rightToLeft = LayoutMirror.of(leftToRight);
        fonts = FontLibrary.forLayouts(List.of(leftToRight));
        chains = fonts.chains(leftToRight);
        new PosterTranslations().load().forEach(translation -> translations.put(translation.code(), translation));
        List<String> problems = new ArrayList<>();
        translations.values().forEach(translation -> problems.addAll(uncovered(translation)));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Poster translations with letters no bundled font has:\n  "
                    + String.join("\n  ", problems));
        }
    }

    /** English first, then by English name. */
    public List<PosterLanguage> languages() {
        return translations.values().stream().map(PosterTranslation::language).toList();
    }

    /**
     * @param languageCode a code from {@link #languages()}
     * @param practiceName printed as written (data, never a template), shrunk and wrapped to fit its box
     * @param odsCode      the practice's ODS code, for the document's title
     * @param directoryUrl the practice's public directory page, encoded in the QR code and printed beneath it
     * @return an unsigned one-page A4 PDF with its fonts embedded
     * @throws IllegalArgumentException for a language without a translation, or a blank name, code or URL
     */
    public byte[] render(String languageCode, String practiceName, String odsCode, String directoryUrl) {
        PosterTranslation translation = translations.get(languageCode);
        if (translation == null) {
            throw new IllegalArgumentException("There is no poster in the language '" + languageCode + "'");
        }
        Map<String, String> fields = new HashMap<>(translation.text());
        fields.put("practiceName", practiceName);
        fields.put("odsCode", odsCode);
        fields.put("directoryUrl", directoryUrl);
        fields.put("englishName", translation.englishName());
        fields.put("nativeName", translation.nativeName());
        CertificateLayout layout = translation.rightToLeft() ? rightToLeft : leftToRight;
        // The English line for staff would only repeat the English poster.
        List<TextBlock> blocks = layout.blocks().stream()
                .filter(block -> !(block.translatedOnly() && translation.english())).toList();
        // Fill in all wording first, so a missing field fails before any drawing starts.
        List<String> texts = blocks.stream().map(block -> Placeholders.expand(block.text(), fields)).toList();
        String url = Placeholders.value(fields, "directoryUrl");
        String title = "Poster in " + translation.englishName() + ": " + Placeholders.value(fields, "practiceName")
                + " (" + Placeholders.value(fields, "odsCode") + ")";

        var out = new ByteArrayOutputStream();
        var document = new Document(new Rectangle(layout.page().width(), layout.page().height()), 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("Safe Surgery portal");
        document.open();
        // Screen readers and text-to-speech pick their voice from the document's language.
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(translation.code()));
        var painter = new PagePainter(layout, writer.getDirectContent(), fonts);
        painter.backdrop();
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock block = blocks.get(i);
            FontChain chain = chains.get(FontLibrary.chainName(block.font(), block.style()));
            if (translated(block)) {
                painter.text(block, texts.get(i), chain, translation.rightToLeft());
            } else {
                painter.text(block, texts.get(i), chain);
            }
        }
        painter.qrCode(url);
        document.close();
        return out.toByteArray();
    }

    /** The layout, in one direction, for tests that check where things land. */
    CertificateLayout layout(boolean rightToLeft) {
        return rightToLeft ? this.rightToLeft : leftToRight;
    }

    /** Wording in the poster's language, as opposed to the practice's name and the English lines. */
    private static boolean translated(TextBlock block) {
        return Placeholders.in(block.text()).stream().anyMatch(PosterTranslation.KEYS::contains);
    }

    /** Checked at start, so that a new translation never prints missing-glyph boxes on a waiting-room wall. */
    private List<String> uncovered(PosterTranslation translation) {
        return leftToRight.blocks().stream().flatMap(block -> Placeholders.in(block.text()).stream()
                        .filter(translation.text()::containsKey)
                        .filter(key -> !chains.get(FontLibrary.chainName(block.font(), block.style()))
                                .covers(translation.text().get(key)))
                        .map(key -> translation.code() + ".json text." + key))
                .distinct().toList();
    }
}
