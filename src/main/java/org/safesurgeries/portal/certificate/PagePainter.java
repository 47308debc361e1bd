package org.safesurgeries.portal.certificate;

import org.openpdf.text.pdf.PdfContentByte;
import org.safesurgeries.portal.certificate.CertificateLayout.Box;
import org.safesurgeries.portal.certificate.CertificateLayout.Emblem;
import org.safesurgeries.portal.certificate.CertificateLayout.Shape;
import org.safesurgeries.portal.certificate.CertificateLayout.TextBlock;
import org.safesurgeries.portal.certificate.TextFitting.Fitted;

import java.util.List;

/** Draws the parts of one layout on one page, turning the layout's top-down measurements into PDF coordinates. */
final class PagePainter {

    /** Where the middle of a capital letter sits above the baseline, as a share of the size (Noto's cap height / 2). */
    private static final float CAP_MIDDLE = 0.357f;

    private final CertificateLayout layout;
    private final PdfContentByte canvas;
    private final FontLibrary fonts;
    private final float pageWidth;
    private final float pageHeight;

    PagePainter(CertificateLayout layout, PdfContentByte canvas, FontLibrary fonts) {
        this.layout = layout;
        this.canvas = canvas;
        this.fonts = fonts;
        this.pageWidth = layout.page().width();
        this.pageHeight = layout.page().height();
    }

    /** Everything behind and around the wording, bottom layer first: paper, panels, frames, emblem and icons. */
    void backdrop() {
        background();
        panels();
        frames();
        emblem();
        icons();
    }

    private void background() {
        if (layout.page().background() != null) {
            canvas.setColorFill(layout.colour(layout.page().background()));
            canvas.rectangle(0, 0, pageWidth, pageHeight);
            canvas.fill();
        }
    }

    private void frames() {
        for (var frame : layout.frames()) {
            canvas.setColorStroke(layout.colour(frame.colour()));
            canvas.setLineWidth(frame.width());
            canvas.rectangle(frame.inset(), frame.inset(), pageWidth - 2 * frame.inset(),
                    pageHeight - 2 * frame.inset());
            canvas.stroke();
        }
    }

    private void panels() {
        for (var panel : layout.panels()) {
            Box box = panel.box();
            canvas.setColorFill(layout.colour(panel.colour()));
            canvas.rectangle(box.x(), pageHeight - box.top() - box.height(), box.width(), box.height());
            canvas.fill();
        }
    }

    private void emblem() {
        if (layout.emblem() != null) {
            shapes(layout.emblem());
        }
    }

    private void icons() {
        layout.icons().forEach(this::shapes);
    }

    private void shapes(Emblem emblem) {
        Box box = emblem.box();
        for (Shape shape : emblem.shapes()) {
            canvas.saveState();
            if ("circle".equals(shape.type())) {
                canvas.circle(x(box, shape.centre()), y(box, shape.centre()), shape.radius() * box.width());
            } else {
                List<List<Float>> points = shape.points();
                canvas.moveTo(x(box, points.getFirst()), y(box, points.getFirst()));
                points.stream().skip(1).forEach(point -> canvas.lineTo(x(box, point), y(box, point)));
                if ("polygon".equals(shape.type())) {
                    canvas.closePath();
                }
            }
            paint(shape);
            canvas.restoreState();
        }
    }

    private void paint(Shape shape) {
        boolean fill = shape.fill() != null && !"polyline".equals(shape.type());
        boolean stroke = shape.stroke() != null;
        if (fill) {
            canvas.setColorFill(layout.colour(shape.fill()));
        }
        if (stroke) {
            canvas.setColorStroke(layout.colour(shape.stroke()));
            canvas.setLineWidth(shape.width());
            canvas.setLineCap(PdfContentByte.LINE_CAP_ROUND);
            canvas.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
        }
        if (fill && stroke) {
            canvas.fillStroke();
        } else if (fill) {
            canvas.fill();
        } else {
            canvas.stroke();
        }
    }

    /** Fits the text to the block's box and draws it centred vertically there, in the direction its letters say. */
    void text(TextBlock block, String text, FontChain chain) {
        text(block, text, chain, TextLine.rightToLeft(text));
    }

    /**
     * The same in a direction the caller knows: a poster's Arabic sentence is right to left as a whole even where it
     * starts with a Latin abbreviation such as "GP".
     */
    void text(TextBlock block, String text, FontChain chain, boolean rightToLeft) {
        Box box = block.box();
        Fitted fitted = new TextFitting(chain, fonts, rightToLeft)
                .fit(text, block.size(), block.smallestSize(), box.width(), box.height());
        float lineHeight = fitted.size() * TextFitting.LINE_HEIGHT;
        float top = pageHeight - box.top() - (box.height() - lineHeight * fitted.lines().size()) / 2;
        canvas.setColorFill(layout.colour(block.colour()));
        for (int i = 0; i < fitted.lines().size(); i++) {
            TextLine line = fitted.lines().get(i);
            float baseline = top - lineHeight * (i + 0.5f) - fitted.size() * CAP_MIDDLE;
            float left = switch (block.align()) {
                case "left" -> box.x();
                case "right" -> box.x() + box.width() - line.width();
                default -> box.x() + (box.width() - line.width()) / 2;
            };
            line.draw(canvas, left, baseline, fonts);
        }
    }

    void qrCode(String text) {
        var qr = layout.qr();
        Box box = qr.box();
        QrCodes.draw(canvas, text, box.x(), pageHeight - box.top() - box.height(), Math.min(box.width(), box.height()),
                layout.colour(qr.colour()));
    }

    private float x(Box box, List<Float> point) {
        return box.x() + point.get(0) * box.width();
    }

    private float y(Box box, List<Float> point) {
        return pageHeight - box.top() - point.get(1) * box.height();
    }
}
