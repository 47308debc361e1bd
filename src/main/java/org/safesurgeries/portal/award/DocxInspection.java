package org.safesurgeries.portal.award;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Refuses a Word file that is damaged, expands to far more than any document needs (a zip bomb), or carries macros.
 * Sizes are counted from what actually decompresses, never from the sizes the zip headers claim, and reading stops
 * as soon as the limit is passed, so a bomb costs a fraction of a second and no memory.
 */
final class DocxInspection {

    static final int MAX_PARTS = 10_000;
    static final String DAMAGED = "This Word file could not be read; it may be damaged. "
            + "Please save it again in Word and attach the new copy.";
    static final String EXPANDS = "This Word file expands to more than 100 MB when opened, far more than a real "
            + "document needs. Please save it again (with smaller pictures, if it has large ones) and attach that.";
    static final String TOO_MANY_PARTS = "This Word file is made of more than 10,000 parts, far more than a real "
            + "document has. Please save it again in Word and attach the new copy.";
    static final String MACROS = "This Word file contains macros, which could run when a reviewer opens it. "
            + "Please save it as a plain Word Document (.docx), without macros, and attach that.";

    // The XML parser holds a whole attribute value in memory, so the parts it reads get a limit of their own; real
    // relationship lists stay far below it even in documents with thousands of links.
    private static final long MAX_DECLARATIONS_BYTES = 10L * 1024 * 1024;
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String MAIN_DOCUMENT = "word/document.xml";
    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;

    private DocxInspection() {
    }

    static void inspect(byte[] bytes) {
        Set<String> parts = new HashSet<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            var expanded = new ExpansionLimit(zip);
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (parts.size() == MAX_PARTS) {
                    throw new EvidenceRefused(TOO_MANY_PARTS);
                }
                if (!parts.add(name)) {
                    throw new EvidenceRefused(DAMAGED); // two parts of one name: readers disagree on which counts
                }
                String lowerName = name.toLowerCase(Locale.ROOT);
                boolean declarations = lowerName.endsWith(".rels") || name.equals(CONTENT_TYPES);
                expanded.startPart(declarations ? MAX_DECLARATIONS_BYTES : Long.MAX_VALUE);
                // Word finds a macro project through a relationship or a content type, whatever the part is
                // called; the usual part names are refused as well, since a .docx has no use for them.
                if (lowerName.endsWith("vbaproject.bin") || lowerName.endsWith("vbadata.xml")
                        || (declarations && declaresMacros(expanded))) {
                    throw new EvidenceRefused(MACROS);
                }
                expanded.skipRestOfEntry();
            }
        } catch (IOException | XMLStreamException | IllegalArgumentException e) {
            throw new EvidenceRefused(DAMAGED);
        }
        if (!parts.contains(CONTENT_TYPES) || !parts.contains(MAIN_DOCUMENT)) {
            throw new EvidenceRefused(EvidenceFiles.NOT_ACCEPTED_TYPE);
        }
        // Word lists parts from the central directory at the end of the file, while the check above reads the
        // entries one after another from the start; a file built so the two disagree could hide a part from us.
        if (!parts.equals(centralDirectoryNames(bytes))) {
            throw new EvidenceRefused(DAMAGED);
        }
    }

    /** True when a relationships or content-types part mentions a macro project or a macro-enabled document. */
    private static boolean declaresMacros(InputStream part) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        // No DTDs, so no entity expansion and no fetching of external files while reading an uploaded file.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = factory.createXMLStreamReader(part);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        // Attribute values as parsed, so character references such as vb&#97;Project are decoded.
                        String value = xml.getAttributeValue(i).toLowerCase(Locale.ROOT);
                        if (value.contains("vbaproject") || value.contains("macroenabled")) {
                            return true;
                        }
                    }
                }
            }
            return false;
        } finally {
            xml.close();
        }
    }

    /** The part names the central directory lists, read the way Word finds them: back from the end of the file. */
    private static Set<String> centralDirectoryNames(byte[] bytes) {
        ByteBuffer zip = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int end = findEndOfDirectory(zip);
        long count = Short.toUnsignedLong(zip.getShort(end + 10));
        long offset = Integer.toUnsignedLong(zip.getInt(end + 16));
        if ((count == 0xFFFF || offset == 0xFFFFFFFFL) && end >= 20 && zip.getInt(end - 20) == ZIP64_LOCATOR) {
            long zip64End = zip.getLong(end - 12);
            if (zip64End < 0 || zip64End > bytes.length - 56) {
                throw new EvidenceRefused(DAMAGED);
            }
            count = zip.getLong((int) zip64End + 32);
            offset = zip.getLong((int) zip64End + 48);
        }
        if (count < 0 || count > MAX_PARTS || offset < 0 || offset > end) {
            throw new EvidenceRefused(DAMAGED);
        }
        Set<String> names = new HashSet<>();
        int position = (int) offset;
        try {
            for (long i = 0; i < count; i++) {
                if (zip.getInt(position) != DIRECTORY_ENTRY) {
                    throw new EvidenceRefused(DAMAGED);
                }
                int nameLength = Short.toUnsignedInt(zip.getShort(position + 28));
                int extraLength = Short.toUnsignedInt(zip.getShort(position + 30));
                int commentLength = Short.toUnsignedInt(zip.getShort(position + 32));
                // Decoded as ZipInputStream decodes them (UTF-8), so the two lists compare like for like.
                if (!names.add(new String(bytes, position + 46, nameLength, StandardCharsets.UTF_8))) {
                    throw new EvidenceRefused(DAMAGED);
                }
                position += 46 + nameLength + extraLength + commentLength;
            }
        } catch (IndexOutOfBoundsException e) {
            throw new EvidenceRefused(DAMAGED);
        }
        return names;
    }

    // The end record is 22 bytes plus a comment of up to 65,535; the one whose comment reaches exactly to the end
    // of the file is the real one, not a look-alike inside the comment.
    private static int findEndOfDirectory(ByteBuffer zip) {
        int last = zip.limit() - 22;
        for (int position = last; position >= 0 && position >= last - 0xFFFF; position--) {
            if (zip.getInt(position) == END_OF_DIRECTORY
                    && position + 22 + Short.toUnsignedInt(zip.getShort(position + 20)) == zip.limit()) {
                return position;
            }
        }
        throw new EvidenceRefused(DAMAGED);
    }

    /**
     * Reads the current zip entry and counts every decompressed byte, refusing the file as soon as the total for
     * all entries, or the current part's own limit, is passed. Closing it leaves the zip open for the next entry.
     */
    private static final class ExpansionLimit extends InputStream {

        private final ZipInputStream zip;
        private final byte[] discard = new byte[64 * 1024];
        private long total;
        private long part;
        private long partLimit = Long.MAX_VALUE;

        ExpansionLimit(ZipInputStream zip) {
            this.zip = zip;
        }

        @Override
        public int read() throws IOException {
            int b = zip.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = zip.read(buffer, offset, length);
            if (read > 0) {
                count(read);
            }
            return read;
        }

        void startPart(long limit) {
            part = 0;
            partLimit = limit;
        }

        void skipRestOfEntry() throws IOException {
            while (read(discard, 0, discard.length) >= 0) {
                // counted by read
            }
        }

        @Override
        public void close() {
            // the zip stays open for the next entry
        }

        private void count(int bytes) {
            total += bytes;
            part += bytes;
            if (total > EvidenceFiles.MAX_DOCX_EXPANDED_BYTES) {
                throw new EvidenceRefused(EXPANDS);
            }
            if (part > partLimit) {
                throw new EvidenceRefused(DAMAGED);
            }
        }
    }
}
