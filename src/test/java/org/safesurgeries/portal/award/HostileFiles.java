package org.safesurgeries.portal.award;

import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfWriter;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Good and hostile evidence files, made in memory so unit, integration and browser tests can all upload them
 * without binary fixtures in the repository. Each hostile file is the smallest thing that shows one attack.
 */
public final class HostileFiles {

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
              <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
              <Default Extension="xml" ContentType="application/xml"/>
              <Override PartName="/word/document.xml" ContentType="%s"/>
            </Types>""";
    private static final String DOCUMENT_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String PACKAGE_RELATIONSHIPS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
              <Relationship Id="rId1" Target="word/document.xml"
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
            </Relationships>""";
    private static final String DOCUMENT = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
              <w:body><w:p><w:r><w:t>Our practice welcomes everyone, with or without papers.</w:t></w:r></w:p></w:body>
            </w:document>""";
    private static final String MACRO_RELATIONSHIPS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
              <Relationship Id="rId9" Target="%s"
                Type="http://schemas.microsoft.com/office/2006/relationships/%s"/>
            </Relationships>""";

    private HostileFiles() {
    }

    public static byte[] goodPdf() {
        return pdf(writer -> { });
    }

    public static byte[] goodPng() {
        return image("png");
    }

    public static byte[] goodJpeg() {
        return image("jpeg");
    }

    public static byte[] goodDocx() {
        return docx(Map.of());
    }

    /** A Windows program (MZ header, PE signature) that someone has called a PDF. */
    public static byte[] executableRenamedPdf() {
        byte[] program = new byte[4096];
        program[0] = 'M';
        program[1] = 'Z';
        program[0x3C] = (byte) 0x80; // where the PE header starts
        System.arraycopy(new byte[] {'P', 'E', 0, 0}, 0, program, 0x80, 4);
        return program;
    }

    /** One byte over the limit, starting as a real PDF. */
    public static byte[] oversized() {
        return Arrays.copyOf(goodPdf(), (int) EvidenceFiles.MAX_FILE_BYTES + 1);
    }

    /** A Word file whose document part inflates to just over the limit, from about 100 KB on disk. */
    public static byte[] docxZipBomb() {
        var parts = basicDocxParts();
        parts.remove("word/document.xml");
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
            }
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (long written = 0; written <= EvidenceFiles.MAX_DOCX_EXPANDED_BYTES; written += spaces.length) {
                zip.write(spaces);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A document-level script, the kind that runs as the file opens. */
    public static byte[] pdfWithJavaScript() {
        return pdf(writer -> writer.addJavaScript("app.alert('Evidence');"));
    }

    /**
     * The same script with every ordinary object packed into compressed object streams, where no byte of the file
     * shows it.
     */
    public static byte[] pdfWithJavaScriptInObjectStreams() {
        return pdf(writer -> {
            writer.setFullCompression();
            writer.addJavaScript("app.alert('Evidence');");
        });
    }

    public static byte[] pdfWithLaunchAction() {
        return pdf(writer -> writer.setOpenAction(PdfAction.createLaunch("cmd.exe", "/c calc", "open", null)));
    }

    /** A link on the page whose action is a script, with no document-level script at all. */
    public static byte[] pdfWithJavaScriptInAnnotation() {
        return pdf(writer -> {
            var script = PdfAction.javaScript("app.launchURL('https://example.org');", writer);
            var link = new Rectangle(50, 700, 300, 720);
            writer.addAnnotation(PdfAnnotation.createLink(writer, link, PdfAnnotation.HIGHLIGHT_INVERT, script));
        });
    }

    public static byte[] pdfWithEmbeddedFile() {
        return pdf(writer -> {
            try {
                writer.addFileAttachment("Minutes", executableRenamedPdf(), null, "minutes.exe");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * A script action whose names are written with hex escapes ({@code /S /J#61vaScript}, {@code /J#53}), which
     * viewers decode: the raw bytes never contain "JavaScript" or "/JS".
     */
    public static byte[] pdfWithHexEscapedJavaScript() {
        return handWrittenPdf("",
                "<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
                "<< /Type /Action /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>");
    }

    /** Encrypted with the standard security handler; the empty user password does not open it. */
    public static byte[] passwordProtectedPdf() {
        String nothing = "<" + "00".repeat(32) + ">";
        return handWrittenPdf(" /Encrypt 4 0 R /ID [<0102030405060708> <0102030405060708>]",
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
                "<< /Filter /Standard /V 1 /R 2 /O " + nothing + " /U " + nothing + " /P -4 >>");
    }

    /** Arrays nested far deeper than any real PDF, enough to overflow a recursive parser. */
    public static byte[] pdfNestedTooDeeply() {
        return handWrittenPdf("",
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Deep " + "[".repeat(200_000) + " >>");
    }

    /** What Word saves as .docm (macro project, its relationship and content type), renamed to .docx. */
    public static byte[] docxWithMacros() {
        var parts = basicDocxParts();
        parts.put("[Content_Types].xml", utf8(CONTENT_TYPES.formatted(
                "application/vnd.ms-word.document.macroEnabled.main+xml")));
        parts.put("word/_rels/document.xml.rels", utf8(MACRO_RELATIONSHIPS.formatted("vbaProject.bin", "vbaProject")));
        parts.put("word/vbaProject.bin", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        return zip(parts);
    }

    /**
     * A macro project under an innocent part name, found by Word through its relationship, whose type is written
     * with a character reference ({@code vb&#97;Project}) so that only a parsed reading recognises it.
     */
    public static byte[] docxWithDisguisedMacros() {
        String relationships = MACRO_RELATIONSHIPS.formatted("media/image1.bin", "vb&#97;Project");
        return docx(Map.of(
                "word/_rels/document.xml.rels", utf8(relationships),
                "word/media/image1.bin", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}));
    }

    /** A macro-enabled document type declared in the content types, without the project part itself. */
    public static byte[] docxDeclaredMacroEnabled() {
        var parts = basicDocxParts();
        parts.put("[Content_Types].xml", utf8(CONTENT_TYPES.formatted(
                "application/vnd.ms-word.document.macroEnabled.main+xml")));
        return zip(parts);
    }

    /**
     * A Word file with a macro project at the end whose local header is spoiled: reading the entries in order stops
     * before it, but the central directory, which Word uses, still lists it.
     */
    public static byte[] docxWithPartHiddenFromSequentialReading() {
        byte[] bytes = docx(Map.of("word/vbaProject.bin", new byte[] {1, 2, 3}));
        int name = indexOf(bytes, utf8("word/vbaProject.bin"));
        bytes[name - 30] = 'X'; // the local header's signature sits 30 bytes before its name
        return bytes;
    }

    /** Two parts with the same name: zip readers disagree on which one is real. */
    public static byte[] docxWithDuplicatePart() {
        byte[] bytes = docx(Map.of("word/document.xmz", utf8(DOCUMENT)));
        byte[] twin = utf8("word/document.xmz");
        for (int at = indexOf(bytes, twin); at >= 0; at = indexOf(bytes, twin)) {
            bytes[at + twin.length - 1] = 'l';
        }
        return bytes;
    }

    /**
     * A relationships part with an 11 MB attribute value: small on disk, but an XML parser would hold the whole
     * value in memory.
     */
    public static byte[] docxWithOversizedRelationships() {
        String relationships = PACKAGE_RELATIONSHIPS.replace("Id=\"rId1\"", "Id=\"" + "r".repeat(11 << 20) + "\"");
        return docx(Map.of("_rels/.rels", utf8(relationships)));
    }

    public static byte[] docxWithTooManyParts() {
        var parts = new LinkedHashMap<String, byte[]>();
        for (int i = 0; i <= DocxInspection.MAX_PARTS; i++) {
            parts.put("word/media/part" + i + ".xml", new byte[0]);
        }
        return docx(parts);
    }

    /** A well-formed zip that is not a Word document. */
    public static byte[] plainZip() {
        return zip(Map.of("readme.txt", utf8("Not a Word document")));
    }

    /** A Word file cut off halfway, as an interrupted download leaves it. */
    public static byte[] truncatedDocx() {
        byte[] bytes = goodDocx();
        return Arrays.copyOf(bytes, bytes.length / 2);
    }

    /** A Word 97–2003 file: only its signature matters to the check. */
    public static byte[] oldWordDocument() {
        byte[] bytes = new byte[1024];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, 0, bytes, 0, 8);
        return bytes;
    }

    /** A tiny PNG whose header claims 30,000 × 30,000 pixels: 900 megapixels if anyone decoded it. */
    public static byte[] pngClaimingHugeDimensions() {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        pngChunk(out, "IHDR", ByteBuffer.allocate(13).putInt(30_000).putInt(30_000)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array());
        pngChunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** A PNG signature followed by nothing a decoder can use. */
    public static byte[] damagedPng() {
        return Arrays.copyOf(goodPng(), 12);
    }

    private static byte[] pdf(Consumer<PdfWriter> addition) {
        var out = new ByteArrayOutputStream();
        var document = new Document();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Safe Surgeries evidence: our registration policy, reviewed in March."));
        addition.accept(writer);
        document.close();
        return out.toByteArray();
    }

    /** Objects numbered from 1 (the first is the catalog), with a correct cross-reference table. */
    private static byte[] handWrittenPdf(String trailerEntries, String... objects) {
        var pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append("%010d 00000 n \n".formatted(offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R").append(trailerEntries)
                .append(" >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] image(String format) {
        var image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 64, 48);
        graphics.setColor(new Color(0, 94, 184));
        graphics.fillOval(8, 8, 32, 32);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Map<String, byte[]> basicDocxParts() {
        var parts = new LinkedHashMap<String, byte[]>();
        parts.put("[Content_Types].xml", utf8(CONTENT_TYPES.formatted(DOCUMENT_TYPE)));
        parts.put("_rels/.rels", utf8(PACKAGE_RELATIONSHIPS));
        parts.put("word/document.xml", utf8(DOCUMENT));
        return parts;
    }

    private static byte[] docx(Map<String, byte[]> extraParts) {
        var parts = basicDocxParts();
        parts.putAll(extraParts);
        return zip(parts);
    }

    private static byte[] zip(Map<String, byte[]> parts) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void pngChunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        var crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    static int indexOf(byte[] bytes, byte[] wanted) {
        for (int i = 0; i <= bytes.length - wanted.length; i++) {
            if (Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
