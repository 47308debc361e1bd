package org.safesurgeries.portal.certificate;

import org.safesurgeries.portal.certificate.CertificateLayout.Box;
import org.safesurgeries.portal.certificate.CertificateLayout.Shape;
import org.safesurgeries.portal.certificate.CertificateLayout.TextBlock;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a layout definition and refuses one that could print a bad certificate or poster: unknown fonts, colours or
 * fields, a box outside the margins, or two boxes on top of each other. Because every text block stays inside its
 * own box, boxes that do not overlap mean text that never does.
 */
final class LayoutLoader {

    private static final Set<String> ALIGNMENTS = Set.of("left", "center", "right");
    private static final Set<String> SHAPES = Set.of("circle", "polygon", "polyline");
    /** A certificate that does not say how to verify it is worthless once printed. */
    static final Set<String> CERTIFICATE_FIELDS = Set.of("code", "verifyUrl");

    // Strict, so that a misspelt property ("minsize") fails loudly instead of being ignored.
    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    CertificateLayout load(String resource) {
        return load(resource, CERTIFICATE_FIELDS);
    }

    /** @param required the fields the layout must print somewhere */
    CertificateLayout load(String resource, Set<String> required) {
        try (InputStream in = LayoutLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Certificate layout " + resource + " is not on the classpath");
            }
            return read(in, resource, required);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read certificate layout " + resource, e);
        }
    }

    CertificateLayout read(InputStream in, String name) {
        return read(in, name, CERTIFICATE_FIELDS);
    }

    CertificateLayout read(InputStream in, String name, Set<String> required) {
        CertificateLayout layout;
        try {
            layout = json.readValue(in, CertificateLayout.class);
        } catch (JacksonException e) {
            throw new IllegalStateException("Certificate layout " + name + " is not valid: " + e.getOriginalMessage(), e);
        }
        List<String> problems = problems(layout, required);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Certificate layout " + name + " is not valid:\n  "
                    + String.join("\n  ", problems));
        }
        return layout;
    }

    private List<String> problems(CertificateLayout layout, Set<String> required) {
        List<String> problems = new ArrayList<>();
        check(problems, () -> layout.page().width());
        check(problems, () -> layout.page().background() == null ? null : layout.colour(layout.page().background()));
        layout.colours().values().stream().filter(hex -> !hex.matches("#[0-9A-Fa-f]{6}"))
                .forEach(hex -> problems.add("colour " + hex + " is not #RRGGBB"));
        layout.fonts().forEach((family, chains) -> {
            if (chains.regular() == null || chains.regular().isEmpty() || chains.bold() == null
                    || chains.bold().isEmpty()) {
                problems.add("font family " + family + " needs regular and bold files");
            }
        });
        layout.frames().forEach(frame -> check(problems, () -> layout.colour(frame.colour())));
        for (var panel : layout.panels()) {
            check(problems, () -> layout.colour(panel.colour()));
            if (!panel.box().inside(0, 0, layout.page().width(), layout.page().height())) {
                problems.add("a panel is outside the page");
            }
        }
        List<Named> boxes = new ArrayList<>();
        for (TextBlock block : layout.blocks()) {
            blockProblems(layout, block, problems);
            boxes.add(new Named("text \"" + block.text() + "\"", block.box()));
        }
        if (layout.emblem() != null) {
            layout.emblem().shapes().forEach(shape -> shapeProblems(layout, shape, problems));
            boxes.add(new Named("emblem", layout.emblem().box()));
        }
        for (int i = 0; i < layout.icons().size(); i++) {
            layout.icons().get(i).shapes().forEach(shape -> shapeProblems(layout, shape, problems));
            boxes.add(new Named("icon " + (i + 1), layout.icons().get(i).box()));
        }
        check(problems, () -> layout.colour(layout.qr().colour()));
        boxes.add(new Named("QR code", layout.qr().box()));
        boxProblems(layout, boxes, problems);
        Set<String> fields = layout.blocks().stream().flatMap(block -> Placeholders.in(block.text()).stream())
                .collect(Collectors.toSet());
        required.stream().filter(field -> !fields.contains(field)).sorted()
                .forEach(field -> problems.add("the layout must print {" + field + "}"));
        return problems;
    }

    private void blockProblems(CertificateLayout layout, TextBlock block, List<String> problems) {
        String where = "text \"" + block.text() + "\": ";
        var family = layout.fonts().get(block.font());
        if (family == null) {
            problems.add(where + "unknown font family " + block.font());
        }
        if (!Set.of("regular", "bold").contains(block.style())) {
            problems.add(where + "style is regular or bold");
        }
        check(problems, () -> layout.colour(block.colour()));
        if (!ALIGNMENTS.contains(block.align())) {
            problems.add(where + "align is one of " + ALIGNMENTS);
        }
        if (block.size() <= 0) {
            problems.add(where + "size must be positive");
        }
        switch (block.fit()) {
            case "none" -> { }
            case "shrink" -> {
                if (block.minSize() == null || block.minSize() <= 0 || block.minSize() > block.size()) {
                    problems.add(where + "fit shrink needs 0 < minSize <= size");
                }
            }
            default -> problems.add(where + "fit is none or shrink");
        }
        Placeholders.in(block.text()).stream().filter(name -> !Placeholders.KNOWN.contains(name))
                .forEach(name -> problems.add(where + "unknown field {" + name + "}"));
    }

    private void shapeProblems(CertificateLayout layout, Shape shape, List<String> problems) {
        if (!SHAPES.contains(shape.type())) {
            problems.add("emblem shape type is one of " + SHAPES);
        } else if ("circle".equals(shape.type()) ? shape.centre() == null || shape.centre().size() != 2
                : shape.points() == null || shape.points().size() < 2) {
            problems.add("emblem " + shape.type() + " lacks its centre or points");
        }
        if (shape.fill() != null) {
            check(problems, () -> layout.colour(shape.fill()));
        }
        if (shape.stroke() != null) {
            check(problems, () -> layout.colour(shape.stroke()));
        }
    }

    private void boxProblems(CertificateLayout layout, List<Named> boxes, List<String> problems) {
        var page = layout.page();
        float margin = page.margin();
        for (int i = 0; i < boxes.size(); i++) {
            Named one = boxes.get(i);
            if (!one.box().inside(margin, margin, page.width() - margin, page.height() - margin)) {
                problems.add(one.name() + " is outside the page margins");
            }
            for (Named other : boxes.subList(i + 1, boxes.size())) {
                if (one.box().overlaps(other.box())) {
                    problems.add(one.name() + " overlaps " + other.name());
                }
            }
        }
    }

    private static void check(List<String> problems, Check check) {
        try {
            check.run();
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
    }

    private interface Check {
        Object run();
    }

    private record Named(String name, Box box) {
    }
}
