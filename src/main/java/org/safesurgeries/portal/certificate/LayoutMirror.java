package org.safesurgeries.portal.certificate;

import org.safesurgeries.portal.certificate.CertificateLayout.Box;
import org.safesurgeries.portal.certificate.CertificateLayout.Emblem;
import org.safesurgeries.portal.certificate.CertificateLayout.Panel;
import org.safesurgeries.portal.certificate.CertificateLayout.QrCode;
import org.safesurgeries.portal.certificate.CertificateLayout.Shape;
import org.safesurgeries.portal.certificate.CertificateLayout.TextBlock;

import java.util.List;

/**
 * A design seen in a mirror, for a poster in a right-to-left language: a reader of Arabic script starts at the right,
 * so the icons stand to the right of their statements, left-aligned text becomes right-aligned, and the QR code
 * changes side. One design file then serves both directions, and the two can never drift apart.
 */
final class LayoutMirror {

    private LayoutMirror() {
    }

    static CertificateLayout of(CertificateLayout layout) {
        float width = layout.page().width();
        Emblem emblem = layout.emblem() == null ? null : emblem(layout.emblem(), width);
        return new CertificateLayout(layout.page(), layout.colours(), layout.fonts(), layout.frames(),
                layout.panels().stream().map(panel -> new Panel(box(panel.box(), width), panel.colour())).toList(),
                emblem,
                layout.icons().stream().map(icon -> emblem(icon, width)).toList(),
                layout.blocks().stream().map(block -> block(block, width)).toList(),
                new QrCode(box(layout.qr().box(), width), layout.qr().colour()));
    }

    private static Box box(Box box, float pageWidth) {
        return new Box(pageWidth - box.x() - box.width(), box.top(), box.width(), box.height());
    }

    private static TextBlock block(TextBlock block, float pageWidth) {
        String align = switch (block.align()) {
            case "left" -> "right";
            case "right" -> "left";
            default -> block.align();
        };
        return new TextBlock(block.text(), block.font(), block.style(), block.size(), block.fit(), block.minSize(),
                block.colour(), align, box(block.box(), pageWidth), block.translatedOnly());
    }

    /** Shapes are measured in fractions of their box, so mirroring one is 1 - x; a speech bubble's tail swaps side. */
    private static Emblem emblem(Emblem emblem, float pageWidth) {
        return new Emblem(box(emblem.box(), pageWidth), emblem.shapes().stream().map(LayoutMirror::shape).toList());
    }

    private static Shape shape(Shape shape) {
        return new Shape(shape.type(), shape.centre() == null ? null : point(shape.centre()), shape.radius(),
                shape.points() == null ? null : shape.points().stream().map(LayoutMirror::point).toList(),
                shape.fill(), shape.stroke(), shape.width());
    }

    private static List<Float> point(List<Float> point) {
        return List.of(1 - point.get(0), point.get(1));
    }
}
