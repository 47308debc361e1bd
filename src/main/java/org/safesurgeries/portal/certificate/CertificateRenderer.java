package org.safesurgeries.portal.certificate;

import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfWriter;
import org.safesurgeries.portal.certificate.CertificateLayout.TextBlock;

import java.io.ByteArrayOutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renders one unsigned single-page PDF from the kind's layout definition. Thread-safe; layouts and fonts are loaded
 * once.
 * <p>
 * The wording, positions, colours and fonts live in {@code certificates/<kind>.json}, so a designer can change a
 * certificate without a Java change; this class only fills in the fields and draws.
 */
public class CertificateRenderer {

    private final FontLibrary fonts;
    private final Map<CertificateKind, CertificateLayout> layouts = new EnumMap<>(CertificateKind.class);
    private final Map<CertificateKind, Map<String, FontChain>> chains = new EnumMap<>(CertificateKind.class);

    /** Loads the layouts and fonts from the classpath folder {@code certificates/}; fails fast if one is wrong. */
    public CertificateRenderer() {
        LayoutLoader loader = new LayoutLoader();
        for (CertificateKind kind : CertificateKind.values()) {
            layouts.put(kind, loader.load(kind.layoutResource()));
        }
        fonts = FontLibrary.forLayouts(layouts.values());
        layouts.forEach((kind, layout) -> chains.put(kind, fonts.chains(layout)));
    }

    /**
     * @param fields the values of the layout's placeholders, such as practiceName, odsCode, issuedOn and code;
     *               "verifyUrl" is also encoded in the QR code. Values are data, printed as written (on one line,
     *               spaces collapsed) and never interpreted.
     * @return the PDF
     * @throws IllegalArgumentException if a field the layout prints is missing or blank
     */
    public byte[] render(CertificateKind kind, Map<String, String> fields) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fields, "fields");
        CertificateLayout layout = layouts.get(kind);
        // Fill in all wording first, so a missing field fails before any drawing starts.
        List<String> texts = layout.blocks().stream().map(block -> Placeholders.expand(block.text(), fields)).toList();
        String verifyUrl = Placeholders.value(fields, "verifyUrl");

        var page = new Rectangle(layout.page().width(), layout.page().height());
        var out = new ByteArrayOutputStream();
        var document = new Document(page, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(kind.label() + " certificate");
        document.addCreator("Safe Surgery portal");
        document.open();
        var painter = new PagePainter(layout, writer.getDirectContent(), fonts);
        painter.backdrop();
        for (int i = 0; i < texts.size(); i++) {
            TextBlock block = layout.blocks().get(i);
            painter.text(block, texts.get(i), chains.get(kind).get(FontLibrary.chainName(block.font(), block.style())));
        }
        painter.qrCode(verifyUrl);
        document.close();
        return out.toByteArray();
    }

    /** The layout of a kind, for tests that check where things land. */
    CertificateLayout layout(CertificateKind kind) {
        return layouts.get(kind);
    }
}
