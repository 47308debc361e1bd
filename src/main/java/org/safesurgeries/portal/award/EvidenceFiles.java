package org.safesurgeries.portal.award;

import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks an evidence file passes before it is stored with an award application. The type is read from the
 * content, never from the name, because the name is whatever the uploader's computer (or an attacker) says; the
 * content is then inspected for what could harm the reviewer who opens it.
 */
public final class EvidenceFiles {

    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    public static final long MAX_APPLICATION_BYTES = 50L * 1024 * 1024;
    public static final long MAX_DOCX_EXPANDED_BYTES = 100L * 1024 * 1024;

    static final String NOT_ACCEPTED_TYPE = "Only PDF, PNG, JPEG and Word (.docx) files can be attached. "
            + "This file's content is not one of those, whatever its name says.";

    // Images are decoded when a reviewer opens them; a small file can claim a huge canvas and exhaust memory.
    private static final long MAX_IMAGE_SIDE = 20_000;
    private static final long MAX_IMAGE_PIXELS = 100_000_000;
    private static final int MAX_BASE_NAME_CHARS = 80;
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLD_OFFICE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    // Only a short run of letters and digits counts as an extension, so "Minutes v1.5" keeps its "5".
    private static final Pattern EXTENSION = Pattern.compile("\\.(?=[A-Za-z0-9]{0,3}[A-Za-z])[A-Za-z0-9]{1,4}$");
    private static final Set<String> WINDOWS_DEVICE_NAMES = Set.of("CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
            "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
            "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³");

    public enum Kind {
        PDF("application/pdf", "pdf", "PDF"),
        PNG("image/png", "png", "PNG image"),
        JPEG("image/jpeg", "jpg", "JPEG image"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word document");

        private final String contentType;
        private final String extension;
        private final String label;

        Kind(String contentType, String extension, String label) {
            this.contentType = contentType;
            this.extension = extension;
            this.label = label;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A checked file: sanitised name, kind detected from the content, the bytes and their SHA-256 (lower-case hex).
     * The bytes are the checked copy itself, not copied again on each access, so callers must not change them.
     */
    public record Accepted(String fileName, Kind kind, byte[] bytes, String sha256) {

        public Accepted {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(sha256, "sha256");
        }

        public String contentType() {
            return kind.contentType();
        }

        public long size() {
            return bytes.length;
        }
    }

    private EvidenceFiles() {
    }

    /** Checks a file; throws {@link EvidenceRefused} with a reason a practice manager understands. */
    public static Accepted check(String originalName, byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length == 0) {
            throw new EvidenceRefused("The file is empty.");
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new EvidenceRefused("This file is " + megabytes(bytes.length) + " MB. "
                    + "The largest file you can attach is " + megabytes(MAX_FILE_BYTES) + " MB.");
        }
        // What is inspected is what gets stored, even if the caller reuses its array afterwards.
        byte[] checked = bytes.clone();
        Kind kind = detect(checked);
        switch (kind) {
            case PDF -> PdfInspection.inspect(checked);
            case DOCX -> DocxInspection.inspect(checked);
            case PNG, JPEG -> inspectImage(checked, kind);
        }
        return new Accepted(sanitiseName(originalName, kind), kind, checked, sha256(checked));
    }

    private static Kind detect(byte[] bytes) {
        if (startsWith(bytes, PDF)) {
            return Kind.PDF;
        }
        if (startsWith(bytes, PNG)) {
            return Kind.PNG;
        }
        if (startsWith(bytes, JPEG)) {
            return Kind.JPEG;
        }
        if (startsWith(bytes, ZIP)) {
            return Kind.DOCX; // only a candidate: DocxInspection refuses a zip that is not a Word document
        }
        if (startsWith(bytes, OLD_OFFICE)) {
            throw new EvidenceRefused("This looks like an older Word file (.doc) or a password-protected document. "
                    + "Please open it in Word, save it as a Word Document (.docx) without a password, "
                    + "and attach that.");
        }
        throw new EvidenceRefused(NOT_ACCEPTED_TYPE);
    }

    private static void inspectImage(byte[] bytes, Kind kind) {
        long width;
        long height;
        // Only the header is read: decoding the pixels is exactly what a decompression bomb wants.
        try (var input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            var reader = ImageIO.getImageReadersByFormatName(kind == Kind.PNG ? "png" : "jpeg").next();
            try {
                reader.setInput(input, true, true);
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new EvidenceRefused("This " + kind.label() + " could not be read; it may be damaged. "
                    + "Please save it again and attach the new copy.");
        }
        if (width < 1 || height < 1 || width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE
                || width * height > MAX_IMAGE_PIXELS) {
            throw new EvidenceRefused(String.format(Locale.UK, "This image is %,d × %,d pixels, which is too large "
                    + "to open safely. Please attach a smaller copy (at most 20,000 pixels a side and 100 megapixels).",
                    width, height));
        }
    }

    /**
     * The name to store: the last path segment, without invisible or reserved characters, with the extension of
     * the detected kind. Inner dots become hyphens so that a name such as "invoice.exe.pdf" cannot pose as
     * another type anywhere it is shown or saved.
     */
    static String sanitiseName(String originalName, Kind kind) {
        String name = Normalizer.normalize(lastSegment(originalName == null ? "" : originalName), Normalizer.Form.NFC);
        var kept = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                kept.append(' ');
            } else if (isVisibleAndAllowed(c)) {
                kept.appendCodePoint(c);
            }
        });
        String base = EXTENSION.matcher(kept.toString().replaceAll(" {2,}", " ").strip()).replaceFirst("");
        base = trimEdges(base).replace('.', '-');
        if (base.length() > MAX_BASE_NAME_CHARS) {
            int end = Character.isHighSurrogate(base.charAt(MAX_BASE_NAME_CHARS - 1))
                    ? MAX_BASE_NAME_CHARS - 1 : MAX_BASE_NAME_CHARS;
            base = trimEdges(base.substring(0, end));
        }
        if (base.isEmpty()) {
            base = "evidence";
        } else if (WINDOWS_DEVICE_NAMES.contains(base.toUpperCase(Locale.ROOT))) {
            base = base + "-file"; // Windows opens a device instead of a file called CON.pdf or NUL.docx
        }
        return base + "." + kind.extension();
    }

    private static String lastSegment(String name) {
        String[] segments = name.split("[/\\\\]");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].isBlank()) {
                return segments[i];
            }
        }
        return "";
    }

    // Control and format characters (bidi overrides and isolates, zero-width spaces and joiners, the BOM) can make
    // a name read differently from what it is; the rest are characters Windows refuses in file names.
    private static boolean isVisibleAndAllowed(int c) {
        int type = Character.getType(c);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                && "<>:\"/\\|?*".indexOf(c) < 0;
    }

    // Leading dots hide files and leading hyphens read as options to command-line tools; trailing dots and spaces
    // are dropped by Windows.
    private static String trimEdges(String base) {
        return base.replaceFirst("^[.\\- ]+", "").replaceFirst("[. ]+$", "");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    // Rounded up, so a file just over the limit never shows as exactly the limit.
    private static String megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.UP)
                .stripTrailingZeros().toPlainString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
