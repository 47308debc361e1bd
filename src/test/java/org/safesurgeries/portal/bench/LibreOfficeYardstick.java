package org.safesurgeries.portal.bench;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import org.openpdf.text.pdf.PdfReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The yardstick: LibreOffice headless converting the same award certificate, as a flat ODT document, to PDF, the way a
 * small charity makes its certificates today ({@code soffice --headless --convert-to pdf}).
 * <p>
 * The documents are made from the portal's own layout file ({@code certificates/award.json}): A4 landscape, the same
 * paper colour, the two frames, the emblem's shapes, each text block as a text frame at the block's place with its
 * wording, font, size, weight, colour and alignment, and the QR code as a PNG image. LibreOffice gets the same Noto
 * fonts through a fontconfig file that adds {@code certificates/fonts} to the system's fonts. Making the documents is
 * not timed; only soffice is.
 */
final class LibreOfficeYardstick {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final long TIMEOUT_SECONDS = 600;

    private final Path soffice;
    private final Path workDir;
    private final Path fontconfig;
    private final JsonNode layout;

    private LibreOfficeYardstick(Path soffice, Path workDir) {
        this.soffice = soffice;
        this.workDir = workDir;
        try (InputStream in = LibreOfficeYardstick.class.getClassLoader()
                .getResourceAsStream("certificates/award.json")) {
            this.layout = JsonMapper.builder().build().readTree(in);
            Files.createDirectories(workDir);
            this.fontconfig = writeFontconfig();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** soffice from SOFFICE or the PATH, or empty when LibreOffice is not installed. */
    static Optional<LibreOfficeYardstick> find(Path workDir) {
        String configured = System.getenv("SOFFICE");
        List<Path> candidates = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        } else {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
                if (!dir.isBlank()) {
                    candidates.add(Path.of(dir, "soffice"));
                }
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst()
                .map(path -> new LibreOfficeYardstick(path, workDir));
    }

    String version() {
        try {
            var process = new ProcessBuilder(soffice.toString(), "--version").redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            process.waitFor(60, TimeUnit.SECONDS);
            return text.isEmpty() ? soffice.toString() : text.lines().findFirst().orElse(text);
        } catch (IOException e) {
            return soffice.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return soffice.toString();
        }
    }

    /** Writes {@code count} documents (the samples in turn) into a new folder {@code name}; returns their paths. */
    List<Path> documents(String name, List<Map<String, String>> samples, int count) {
        Path dir = workDir.resolve(name);
        deleteTree(dir);
        try {
            Files.createDirectories(dir);
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Path file = dir.resolve("award-%03d.fodt".formatted(i + 1));
                Files.writeString(file, document(samples.get(i % samples.size())));
                files.add(file);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One soffice process converting these files in one invocation, with a user profile of its own; returns the
     * seconds it took, and fails unless every file gave a one-page PDF.
     */
    double convert(List<Path> files, String profile) {
        return convertSideBySide(List.of(files), List.of(profile));
    }

    /** Several soffice processes started together, each with its files and profile; seconds until the last ends. */
    double convertSideBySide(List<List<Path>> batches, List<String> profiles) {
        try {
            List<Process> processes = new ArrayList<>();
            List<Path> outDirs = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < batches.size(); i++) {
                Path out = workDir.resolve("pdf-" + profiles.get(i));
                deleteTree(out);
                Files.createDirectories(out);
                outDirs.add(out);
                Path profile = workDir.resolve("profile-" + profiles.get(i)).toAbsolutePath();
                List<String> command = new ArrayList<>(List.of(soffice.toString(),
                        "-env:UserInstallation=" + profile.toUri(),
                        "--headless", "--norestore", "--convert-to", "pdf", "--outdir", out.toString()));
                batches.get(i).forEach(file -> command.add(file.toString()));
                var builder = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(workDir.resolve("soffice-" + profiles.get(i) + ".log").toFile());
                builder.environment().put("FONTCONFIG_FILE", fontconfig.toString());
                processes.add(builder.start());
            }
            for (var process : processes) {
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("soffice did not finish within " + TIMEOUT_SECONDS + " s");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("soffice exited with " + process.exitValue() + "; see "
                            + workDir.resolve("soffice-*.log"));
                }
            }
            double seconds = Timings.seconds(start);
            for (int i = 0; i < batches.size(); i++) {
                check(batches.get(i), outDirs.get(i));
            }
            return seconds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void check(List<Path> files, Path outDir) throws IOException {
        for (Path file : files) {
            Path pdf = outDir.resolve(file.getFileName().toString().replace(".fodt", ".pdf"));
            if (!Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
                throw new IllegalStateException("soffice made no PDF of " + file);
            }
        }
        Path first = outDir.resolve(files.getFirst().getFileName().toString().replace(".fodt", ".pdf"));
        try (var reader = new PdfReader(Files.readAllBytes(first))) {
            if (reader.getNumberOfPages() != 1) {
                throw new IllegalStateException(first + " has " + reader.getNumberOfPages() + " pages, not one");
            }
        }
    }

    /** A copy of the last PDF soffice made of the first file of a batch, for people to compare with the portal's. */
    Path keepSample(String profile, Path document, Path target) throws IOException {
        Path pdf = workDir.resolve("pdf-" + profile)
                .resolve(document.getFileName().toString().replace(".fodt", ".pdf"));
        return Files.copy(pdf, target, StandardCopyOption.REPLACE_EXISTING);
    }

    // ---- The document ----

    private String document(Map<String, String> fields) {
        JsonNode page = layout.get("page");
        // A4 as OpenPDF has it (595 × 842 points).
        boolean landscape = "landscape".equals(page.path("orientation").asString());
        double width = landscape ? 842 : 595;
        double height = landscape ? 595 : 842;
        var styles = new StringBuilder();
        var body = new StringBuilder();
        int z = 0;
        for (JsonNode frame : layout.path("frames")) {
            double inset = frame.get("inset").asDouble();
            String style = "frame" + z;
            styles.append(shapeStyle(style, colour(frame.get("colour").asString()), frame.get("width").asDouble(),
                    null));
            body.append(onPage("draw:rect", style, z++, inset, inset, width - 2 * inset, height - 2 * inset, "",
                    null));
        }
        JsonNode emblem = layout.get("emblem");
        if (emblem != null) {
            JsonNode box = emblem.get("box");
            double bx = box.get("x").asDouble();
            double by = box.get("top").asDouble();
            double bw = box.get("width").asDouble();
            double bh = box.get("height").asDouble();
            for (JsonNode shape : emblem.get("shapes")) {
                String style = "shape" + z;
                String stroke = shape.has("stroke") ? colour(shape.get("stroke").asString()) : null;
                String fill = shape.has("fill") ? colour(shape.get("fill").asString()) : null;
                styles.append(shapeStyle(style, stroke, shape.path("width").asDouble(1), fill));
                if ("circle".equals(shape.get("type").asString())) {
                    double r = shape.get("radius").asDouble() * bw;
                    double cx = bx + shape.get("centre").get(0).asDouble() * bw;
                    double cy = by + shape.get("centre").get(1).asDouble() * bh;
                    body.append(onPage("draw:circle", style, z++, cx - r, cy - r, 2 * r, 2 * r, "", null));
                    continue;
                }
                // Points in thousandths of the emblem's box; the shape's own box is their bounding box.
                var points = new StringBuilder();
                long minX = Long.MAX_VALUE;
                long minY = Long.MAX_VALUE;
                long maxX = Long.MIN_VALUE;
                long maxY = Long.MIN_VALUE;
                for (JsonNode point : shape.get("points")) {
                    long px = Math.round(point.get(0).asDouble() * 1000);
                    long py = Math.round(point.get(1).asDouble() * 1000);
                    minX = Math.min(minX, px);
                    minY = Math.min(minY, py);
                    maxX = Math.max(maxX, px);
                    maxY = Math.max(maxY, py);
                    points.append(points.isEmpty() ? "" : " ").append(px).append(',').append(py);
                }
                String element = "polygon".equals(shape.get("type").asString()) ? "draw:polygon" : "draw:polyline";
                body.append(onPage(element, style, z++, bx + minX * bw / 1000, by + minY * bh / 1000,
                        (maxX - minX) * bw / 1000, (maxY - minY) * bh / 1000,
                        " svg:viewBox=\"%d %d %d %d\" draw:points=\"%s\"".formatted(minX, minY, maxX - minX,
                                maxY - minY, points), null));
            }
        }
        int block = 0;
        for (JsonNode text : layout.get("blocks")) {
            String wording = expand(text.get("text").asString(), fields);
            JsonNode box = text.get("box");
            String family = "sans".equals(text.get("font").asString()) ? "Noto Sans" : "Noto Serif";
            String weight = "bold".equals(text.path("style").asString("regular")) ? "bold" : "normal";
            String size = pt(size(text, wording, box.get("width").asDouble(), box.get("height").asDouble()));
            String align = switch (text.path("align").asString("center")) {
                case "left" -> "start";
                case "right" -> "end";
                default -> "center";
            };
            String style = "P" + ++block;
            styles.append("""
                    <style:style style:name="%1$s" style:family="paragraph">\
                    <style:paragraph-properties fo:text-align="%2$s" fo:margin-top="0pt" fo:margin-bottom="0pt" \
                    fo:line-height="115%%"/>\
                    <style:text-properties fo:color="%6$s" \
                    style:font-name="%3$s" fo:font-size="%4$s" fo:font-weight="%5$s" \
                    style:font-name-asian="%3$s" style:font-size-asian="%4$s" style:font-weight-asian="%5$s" \
                    style:font-name-complex="Noto Naskh Arabic" style:font-size-complex="%4$s" \
                    style:font-weight-complex="%5$s"/></style:style>
                    """.formatted(style, align, family, size, weight, colour(text.get("colour").asString())));
            body.append(onPage("draw:frame", "textFrame", z++, box.get("x").asDouble(), box.get("top").asDouble(),
                    box.get("width").asDouble(), box.get("height").asDouble(), " draw:name=\"block" + block + "\"",
                    "<draw:text-box><text:p text:style-name=\"" + style + "\">" + xml(wording)
                            + "</text:p></draw:text-box>"));
        }
        JsonNode qr = layout.get("qr");
        if (qr != null) {
            JsonNode box = qr.get("box");
            double side = Math.min(box.get("width").asDouble(), box.get("height").asDouble());
            body.append(onPage("draw:frame", "imageFrame", z, box.get("x").asDouble(), box.get("top").asDouble(),
                    side, side, " draw:name=\"qr\"", "<draw:image><office:binary-data>"
                            + qrPng(fields.get("verifyUrl")) + "</office:binary-data></draw:image>"));
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text" \
                xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
                xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" \
                xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
                xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" \
                xmlns:dc="http://purl.org/dc/elements/1.1/">
                <office:meta><dc:title>Sanctuary in Healthcare award certificate</dc:title></office:meta>
                <office:font-face-decls>
                <style:font-face style:name="Noto Serif" svg:font-family="'Noto Serif'" \
                style:font-family-generic="roman" style:font-pitch="variable"/>
                <style:font-face style:name="Noto Sans" svg:font-family="'Noto Sans'" \
                style:font-family-generic="swiss" style:font-pitch="variable"/>
                <style:font-face style:name="Noto Naskh Arabic" svg:font-family="'Noto Naskh Arabic'" \
                style:font-pitch="variable"/>
                </office:font-face-decls>
                <office:automatic-styles>
                <style:page-layout style:name="page"><style:page-layout-properties \
                fo:page-width="%1$s" fo:page-height="%2$s" style:print-orientation="%3$s" \
                fo:margin-top="0pt" fo:margin-bottom="0pt" fo:margin-left="0pt" fo:margin-right="0pt" \
                fo:background-color="%4$s" draw:fill="solid" draw:fill-color="%4$s" draw:background-size="full"/>\
                </style:page-layout>
                <style:style style:name="textFrame" style:family="graphic"><style:graphic-properties %5$s \
                fo:padding="0pt" fo:border="none" draw:fill="none" draw:stroke="none" style:run-through="foreground" \
                draw:textarea-vertical-align="middle"/></style:style>
                <style:style style:name="imageFrame" style:family="graphic"><style:graphic-properties %5$s \
                fo:padding="0pt" fo:border="none" style:run-through="foreground"/></style:style>
                <style:style style:name="empty" style:family="paragraph">\
                <style:text-properties fo:font-size="2pt"/></style:style>
                %6$s</office:automatic-styles>
                <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="page"/>\
                </office:master-styles>
                <office:body><office:text>
                %7$s<text:p text:style-name="empty"/>
                </office:text></office:body></office:document>
                """.formatted(pt(width), pt(height), landscape ? "landscape" : "portrait",
                colour(page.path("background").asString("paper")), PAGE_PLACED, styles, body);
    }

    /** Graphic properties of everything here: placed from the page's top-left corner, text flowing under it. */
    private static final String PAGE_PLACED = "style:wrap=\"run-through\" style:vertical-pos=\"from-top\" "
            + "style:vertical-rel=\"page\" style:horizontal-pos=\"from-left\" style:horizontal-rel=\"page\"";

    /** A drawing object anchored to page 1 at a box measured from the page's top-left corner, in points. */
    private static String onPage(String element, String style, int z, double x, double y, double width,
                                 double height, String attributes, String content) {
        String start = "<%s draw:style-name=\"%s\" text:anchor-type=\"page\" text:anchor-page-number=\"1\" "
                + "draw:z-index=\"%d\" svg:x=\"%s\" svg:y=\"%s\" svg:width=\"%s\" svg:height=\"%s\"%s";
        start = start.formatted(element, style, z, pt(x), pt(y), pt(width), pt(height), attributes);
        return (content == null ? start + "/>" : start + ">" + content + "</" + element + ">") + "\n";
    }

    /**
     * The portal's fitting, estimated (0.6 em a character) as someone filling in a template would: a block with
     * {@code "fit": "shrink"} gets smaller on one line down to its minSize; text that still does not fit wraps at the
     * largest size whose lines fit the box.
     */
    private static double size(JsonNode block, String wording, double boxWidth, double boxHeight) {
        double size = block.get("size").asDouble();
        if (!"shrink".equals(block.path("fit").asString("none"))) {
            return size;
        }
        double ems = 0.6 * wording.codePointCount(0, wording.length());
        for (double s = size; s >= block.path("minSize").asDouble(size); s -= 0.5) {
            if (ems * s <= boxWidth) {
                return s;
            }
        }
        for (double s = size; s > 4; s -= 0.5) {
            if (Math.ceil(ems * s / boxWidth) * s * 1.2 <= boxHeight) {
                return s;
            }
        }
        return 4;
    }

    private static String shapeStyle(String name, String stroke, double width, String fill) {
        String line = stroke == null ? "draw:stroke=\"none\""
                : "draw:stroke=\"solid\" svg:stroke-color=\"%s\" svg:stroke-width=\"%s\" draw:stroke-linejoin=\"round\""
                .formatted(stroke, pt(width));
        String area = fill == null ? "draw:fill=\"none\""
                : "draw:fill=\"solid\" draw:fill-color=\"%s\"".formatted(fill);
        return "<style:style style:name=\"%s\" style:family=\"graphic\"><style:graphic-properties %s %s %s "
                .formatted(name, line, area, PAGE_PLACED) + "style:run-through=\"background\"/></style:style>\n";
    }

    private String colour(String name) {
        return layout.get("colours").get(name).asString();
    }

    private static String expand(String text, Map<String, String> fields) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        var out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(fields.get(matcher.group(1))));
        }
        return matcher.appendTail(out).toString();
    }

    /** The QR code of the verification address, error correction M, 4 modules of white around it, 8 pixels a module. */
    private static String qrPng(String text) {
        try {
            ByteMatrix modules = Encoder.encode(text, ErrorCorrectionLevel.M,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8")).getMatrix();
            int scale = 8;
            int quiet = 4;
            int side = (modules.getWidth() + 2 * quiet) * scale;
            var image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    int column = x / scale - quiet;
                    int row = y / scale - quiet;
                    boolean dark = column >= 0 && row >= 0 && column < modules.getWidth() && row < modules.getHeight()
                            && modules.get(column, row) == 1;
                    image.setRGB(x, y, dark ? 0xFF1F2933 : 0xFFFFFFFF);
                }
            }
            var png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException | IOException e) {
            throw new IllegalStateException("Cannot make the QR code of " + text, e);
        }
    }

    private static String pt(double points) {
        return String.format(Locale.ROOT, "%.2fpt", points);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The system's fonts plus the portal's Noto fonts, so that soffice draws with the same typefaces. */
    private Path writeFontconfig() throws IOException {
        Path fonts = Path.of("certificates/fonts").toAbsolutePath();
        if (!Files.isDirectory(fonts)) {
            throw new IllegalStateException("Run from the repository's top folder: " + fonts + " is missing");
        }
        Path file = workDir.resolve("fonts.conf").toAbsolutePath();
        Files.writeString(file, """
                <?xml version="1.0"?>
                <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
                <fontconfig>
                  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
                  <dir>%s</dir>
                  <cachedir>%s</cachedir>
                </fontconfig>
                """.formatted(xml(fonts.toString()),
                xml(workDir.resolve("fontconfig-cache").toAbsolutePath().toString())));
        return file;
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
