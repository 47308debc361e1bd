package org.safesurgeries.portal.certificate;

import org.openpdf.text.pdf.PRTokeniser;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfContentParser;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Looks inside rendered certificates: with OpenPDF for the structure, with poppler-utils as a reader sees them. */
final class PdfInspection {

    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">(.*?)</word>");

    private PdfInspection() {
    }

    /** A piece of text as pdftotext finds it, in points from the page's top-left corner (as layouts measure). */
    record Word(String text, double xMin, double yMin, double xMax, double yMax) {

        boolean overlaps(Word other) {
            return xMin < other.xMax && other.xMin < xMax && yMin < other.yMax && other.yMin < yMax;
        }
    }

    static int pages(byte[] pdf) throws IOException {
        try (var reader = new PdfReader(pdf)) {
            return reader.getNumberOfPages();
        }
    }

    /** Page 1's width and height in points (A4 portrait is 595 × 842). */
    static float[] pageSize(byte[] pdf) throws IOException {
        try (var reader = new PdfReader(pdf)) {
            var size = reader.getPageSizeWithRotation(1);
            return new float[] {size.getWidth(), size.getHeight()};
        }
    }

    /** The document's declared language (the catalog's /Lang), or null. */
    static String language(byte[] pdf) throws IOException {
        try (var reader = new PdfReader(pdf)) {
            PdfString lang = reader.getCatalog().getAsString(PdfName.LANG);
            return lang == null ? null : lang.toUnicodeString();
        }
    }

    /** A font used on page 1, and whether its TrueType program is in the file (a /FontFile2 stream). */
    record PdfFont(String name, boolean embedded) {
    }

    static List<PdfFont> fonts(byte[] pdf) throws IOException {
        List<PdfFont> found = new ArrayList<>();
        try (var reader = new PdfReader(pdf)) {
            PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
            for (PdfName key : fonts.getKeys()) {
                PdfDictionary font = fonts.getAsDict(key);
                PdfDictionary descendant = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
                found.add(new PdfFont(font.getAsName(PdfName.BASEFONT).toString(),
                        descendant.getAsDict(PdfName.FONTDESCRIPTOR).get(PdfName.FONTFILE2) != null));
            }
        }
        return found;
    }

    /**
     * How many glyphs drawn on page 1 are glyph 0, the font's missing-glyph box (.notdef). The fonts are written
     * with Identity-H, so each shown string is a sequence of two-byte glyph ids.
     */
    static int missingGlyphs(byte[] pdf) throws IOException {
        int missing = 0;
        try (var reader = new PdfReader(pdf)) {
            var parser = new PdfContentParser(new PRTokeniser(reader.getPageContent(1)));
            List<PdfObject> operands = new ArrayList<>();
            while (!parser.parse(operands).isEmpty()) {
                String operator = operands.getLast().toString();
                if (!List.of("Tj", "TJ", "'", "\"").contains(operator)) {
                    continue;
                }
                for (PdfObject operand : operands) {
                    List<PdfObject> shown = operand instanceof PdfArray array ? array.getElements() : List.of(operand);
                    for (PdfObject item : shown) {
                        if (item instanceof PdfString string) {
                            missing += zeroGlyphIds(string.getOriginalBytes());
                        }
                    }
                }
            }
        }
        return missing;
    }

    /** The glyph ids page 1 draws with the font whose name contains fontName, in the order they are drawn. */
    static List<Integer> glyphIds(byte[] pdf, String fontName) throws IOException {
        List<Integer> ids = new ArrayList<>();
        try (var reader = new PdfReader(pdf)) {
            PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
            var parser = new PdfContentParser(new PRTokeniser(reader.getPageContent(1)));
            List<PdfObject> operands = new ArrayList<>();
            boolean selected = false;
            while (!parser.parse(operands).isEmpty()) {
                String operator = operands.getLast().toString();
                if (operator.equals("Tf")) {
                    PdfDictionary font = fonts.getAsDict((PdfName) operands.getFirst());
                    selected = font.getAsName(PdfName.BASEFONT).toString().contains(fontName);
                } else if (selected && List.of("Tj", "TJ").contains(operator)) {
                    PdfObject operand = operands.getFirst();
                    List<PdfObject> shown = operand instanceof PdfArray array ? array.getElements() : List.of(operand);
                    for (PdfObject item : shown) {
                        if (item instanceof PdfString string) {
                            byte[] codes = string.getOriginalBytes();
                            for (int i = 0; i + 1 < codes.length; i += 2) {
                                ids.add((codes[i] & 0xFF) << 8 | codes[i + 1] & 0xFF);
                            }
                        }
                    }
                }
            }
        }
        return ids;
    }

    /** Where a run of text starts: its font and the text matrix position (PDF coordinates, from the bottom). */
    record Run(String font, float x, float y) {
    }

    /** The runs of text on page 1, in the order they are drawn. */
    static List<Run> runs(byte[] pdf) throws IOException {
        List<Run> runs = new ArrayList<>();
        try (var reader = new PdfReader(pdf)) {
            PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
            var parser = new PdfContentParser(new PRTokeniser(reader.getPageContent(1)));
            List<PdfObject> operands = new ArrayList<>();
            String font = null;
            while (!parser.parse(operands).isEmpty()) {
                switch (operands.getLast().toString()) {
                    case "Tf" -> font = fonts.getAsDict((PdfName) operands.getFirst())
                            .getAsName(PdfName.BASEFONT).toString();
                    case "Tm" -> runs.add(new Run(font, number(operands.get(4)), number(operands.get(5))));
                    default -> { }
                }
            }
        }
        return runs;
    }

    private static float number(PdfObject object) {
        return ((PdfNumber) object).floatValue();
    }

    private static int zeroGlyphIds(byte[] codes) {
        int zeros = 0;
        for (int i = 0; i + 1 < codes.length; i += 2) {
            if (codes[i] == 0 && codes[i + 1] == 0) {
                zeros++;
            }
        }
        return zeros;
    }

    static List<Word> words(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("certificate", ".pdf");
        try {
            Files.write(file, pdf);
            String html = run("pdftotext", "-bbox", file.toString(), "-");
            List<Word> words = new ArrayList<>();
            Matcher matcher = WORD.matcher(html);
            while (matcher.find()) {
                words.add(new Word(unescape(matcher.group(5)), Double.parseDouble(matcher.group(1)),
                        Double.parseDouble(matcher.group(2)), Double.parseDouble(matcher.group(3)),
                        Double.parseDouble(matcher.group(4))));
            }
            return words;
        } finally {
            Files.delete(file);
        }
    }

    /** All text of the page, each piece pdftotext found separated by a space. */
    static String text(byte[] pdf) throws IOException, InterruptedException {
        return String.join(" ", words(pdf).stream().map(Word::text).toList());
    }

    static BufferedImage image(byte[] pdf, int dpi) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("certificate");
        try {
            Path file = dir.resolve("page.pdf");
            Files.write(file, pdf);
            run("pdftoppm", "-r", String.valueOf(dpi), "-png", "-singlefile", file.toString(),
                    dir.resolve("page").toString());
            return ImageIO.read(dir.resolve("page.png").toFile());
        } finally {
            try (var files = Files.list(dir)) {
                for (Path path : files.toList()) {
                    Files.delete(path);
                }
            }
            Files.delete(dir);
        }
    }

    static void png(byte[] pdf, int dpi, Path target) throws IOException, InterruptedException {
        ImageIO.write(image(pdf, dpi), "png", target.toFile());
    }

    private static String run(String tool, String... arguments) throws IOException, InterruptedException {
        Path executable = Path.of("/usr/bin", tool);
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException(tool + " is missing: these tests read the PDFs with poppler-utils "
                    + "(apt-get install poppler-utils)");
        }
        List<String> command = new ArrayList<>(List.of(executable.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(tool + " failed: " + new String(output, StandardCharsets.UTF_8));
        }
        return new String(output, StandardCharsets.UTF_8);
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
