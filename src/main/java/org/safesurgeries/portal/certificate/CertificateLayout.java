package org.safesurgeries.portal.certificate;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One certificate or poster design as written in {@code certificates/<kind>.json} or
 * {@code certificates/posters/poster.json}. Lengths are PDF points (1/72 inch) and positions are measured from the
 * page's top-left corner, the way a designer measures a printed page.
 */
record CertificateLayout(Page page, Map<String, String> colours, Map<String, FontFamily> fonts, List<Frame> frames,
                         List<Panel> panels, Emblem emblem, List<Emblem> icons, List<TextBlock> blocks, QrCode qr) {

    CertificateLayout {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(qr, "qr");
        Objects.requireNonNull(colours, "colours");
        Objects.requireNonNull(fonts, "fonts");
        Objects.requireNonNull(blocks, "blocks");
        frames = frames == null ? List.of() : List.copyOf(frames);
        panels = panels == null ? List.of() : List.copyOf(panels);
        icons = icons == null ? List.of() : List.copyOf(icons);
        blocks = List.copyOf(blocks);
        colours = Map.copyOf(colours);
        fonts = Map.copyOf(fonts);
    }

    /** A palette name ("accent") or a hex colour ("#1F6F5C"). */
    Color colour(String nameOrHex) {
        String hex = nameOrHex.startsWith("#") ? nameOrHex : colours.get(nameOrHex);
        if (hex == null || !hex.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("Unknown colour '" + nameOrHex + "'");
        }
        return Color.decode(hex);
    }

    record Page(String size, String orientation, float margin, String background) {

        Page {
            Objects.requireNonNull(size, "size");
            Objects.requireNonNull(orientation, "orientation");
        }

        float width() {
            return landscape() ? portraitHeight() : portraitWidth();
        }

        float height() {
            return landscape() ? portraitWidth() : portraitHeight();
        }

        private boolean landscape() {
            return switch (orientation) {
                case "landscape" -> true;
                case "portrait" -> false;
                default -> throw new IllegalArgumentException("Orientation is portrait or landscape: " + orientation);
            };
        }

        private float portraitWidth() {
            return switch (size) {
                case "A4" -> 595.28f;
                case "A5" -> 419.53f;
                default -> throw new IllegalArgumentException("Unsupported page size " + size);
            };
        }

        private float portraitHeight() {
            return switch (size) {
                case "A4" -> 841.89f;
                case "A5" -> 595.28f;
                default -> throw new IllegalArgumentException("Unsupported page size " + size);
            };
        }
    }

    /** The fallback chains of one family: the first file that has a character draws it. */
    record FontFamily(List<String> regular, List<String> bold) {

        List<String> files(String style) {
            return "bold".equals(style) ? bold : regular;
        }
    }

    /** A rule drawn parallel to the page edge. */
    record Frame(float inset, float width, String colour) {
    }

    /** A filled rectangle behind the text, such as a coloured band; text and drawings may sit on it. */
    record Panel(Box box, String colour) {

        Panel {
            Objects.requireNonNull(box, "box");
            Objects.requireNonNull(colour, "colour");
        }
    }

    record Box(float x, float top, float width, float height) {

        boolean overlaps(Box other) {
            return x < other.x + other.width && other.x < x + width
                    && top < other.top + other.height && other.top < top + height;
        }

        boolean inside(float left, float upper, float right, float lower) {
            return x >= left && top >= upper && x + width <= right && top + height <= lower;
        }
    }

    /**
     * A line of wording; {@code fit: "shrink"} lets it get smaller, down to {@code minSize}, before it wraps. On a
     * poster, {@code translatedOnly} marks wording that the English poster leaves out (the English line for staff).
     */
    record TextBlock(String text, String font, String style, float size, String fit, Float minSize, String colour,
                     String align, Box box, Boolean translatedOnly) {

        TextBlock {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(font, "font");
            Objects.requireNonNull(colour, "colour");
            Objects.requireNonNull(box, "box");
            style = style == null ? "regular" : style;
            fit = fit == null ? "none" : fit;
            align = align == null ? "center" : align;
            translatedOnly = Boolean.TRUE.equals(translatedOnly);
        }

        float smallestSize() {
            return "shrink".equals(fit) ? minSize : size;
        }
    }

    /** A small vector emblem or icon drawn from shapes, so no logo file (and no one else's mark) is needed. */
    record Emblem(Box box, List<Shape> shapes) {

        Emblem {
            Objects.requireNonNull(box, "box");
            shapes = List.copyOf(shapes);
        }
    }

    /**
     * A circle ({@code centre}, {@code radius}), a closed {@code polygon} or an open {@code polyline}; coordinates are
     * fractions of the emblem's box, from its top-left corner.
     */
    record Shape(String type, List<Float> centre, Float radius, List<List<Float>> points, String fill, String stroke,
                 Float width) {

        Shape {
            Objects.requireNonNull(type, "type");
            radius = radius == null ? 0 : radius;
            width = width == null ? 1 : width;
        }
    }

    /** Where the QR code goes; {@code box} includes the white quiet zone that scanners need. */
    record QrCode(Box box, String colour) {

        QrCode {
            Objects.requireNonNull(box, "box");
            Objects.requireNonNull(colour, "colour");
        }
    }
}
