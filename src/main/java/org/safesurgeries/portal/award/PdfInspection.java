package org.safesurgeries.portal.award;

import org.openpdf.text.exceptions.BadPasswordException;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

/**
 * Refuses a PDF that cannot be parsed, is password-protected, or carries active content: JavaScript, an action that
 * launches a program, or files embedded inside it. Every object the cross-reference lists is inspected, including
 * those packed into object streams, on the parsed structure rather than the raw bytes, so escaped names such as
 * {@code /J#61vaScript} are seen as what a viewer reads them as.
 */
final class PdfInspection {

    static final String UNREADABLE = "This file could not be read as a PDF; it may be damaged. "
            + "Please save or export it again and attach the new copy.";
    static final String PASSWORD = "This PDF is password-protected, so the reviewers could not open it. "
            + "Please remove the password (or print it to a new PDF) and attach that.";

    /** What can be found, most serious first; the reason given is that of the most serious finding. */
    private enum Finding {
        LAUNCH("This PDF contains an action that starts another program, which could run when a reviewer opens "
                + "it. Please print it to a new PDF and attach that."),
        JAVASCRIPT("This PDF contains JavaScript, which could run when a reviewer opens it. Please save it again "
                + "without scripts (for example, print it to PDF) and attach that."),
        EMBEDDED_FILE("This PDF has other files attached inside it, which could carry programs. Please print it to "
                + "a new PDF, and attach any documents it contained as separate files.");

        private final String reason;

        Finding(String reason) {
            this.reason = reason;
        }
    }

    private PdfInspection() {
    }

    static void inspect(byte[] bytes) {
        PdfReader reader = open(bytes);
        try {
            if (reader.isEncrypted()) {
                throw new EvidenceRefused(PASSWORD);
            }
            Set<Finding> findings = EnumSet.noneOf(Finding.class);
            walk(reader.getTrailer(), findings);
            for (int number = 1; number < reader.getXrefSize(); number++) {
                walk(reader.getPdfObject(number), findings);
            }
            if (!findings.isEmpty()) {
                throw new EvidenceRefused(findings.iterator().next().reason);
            }
        } catch (RuntimeException e) {
            if (e instanceof EvidenceRefused) {
                throw e;
            }
            throw new EvidenceRefused(UNREADABLE);
        } finally {
            reader.close();
        }
    }

    private static PdfReader open(byte[] bytes) {
        try {
            return new PdfReader(bytes);
        } catch (BadPasswordException e) {
            throw new EvidenceRefused(PASSWORD);
        } catch (IOException | RuntimeException e) {
            throw new EvidenceRefused(UNREADABLE);
        } catch (StackOverflowError e) {
            // The parser recurses into nested arrays and dictionaries; a file nested deeply enough overflows it.
            throw new EvidenceRefused(UNREADABLE);
        } catch (NoClassDefFoundError e) {
            // OpenPDF needs Bouncy Castle to open any encrypted PDF, even one with only an owner password, and the
            // portal does not ship it. An encrypted PDF is refused anyway, so this is the same answer.
            if (String.valueOf(e.getMessage()).contains("bouncycastle")) {
                throw new EvidenceRefused(PASSWORD);
            }
            throw e;
        }
    }

    /**
     * Visits an object and the direct objects nested in it. Indirect references are not followed, because each
     * indirect object is visited on its own from the cross-reference; that also keeps reference cycles harmless.
     * An explicit stack rather than recursion, so nesting depth cannot overflow the thread's stack.
     */
    private static void walk(PdfObject root, Set<Finding> findings) {
        Deque<PdfObject> pending = new ArrayDeque<>();
        pushDirect(pending, root);
        while (!pending.isEmpty()) {
            PdfObject object = pending.pop();
            if (object instanceof PdfDictionary dictionary) { // streams are dictionaries too
                inspect(dictionary, findings);
                for (PdfName key : dictionary.getKeys()) {
                    pushDirect(pending, dictionary.get(key));
                }
            } else if (object instanceof PdfArray array) {
                for (PdfObject element : array.getElements()) {
                    pushDirect(pending, element);
                }
            }
        }
    }

    private static void pushDirect(Deque<PdfObject> pending, PdfObject object) {
        if (object != null && !object.isIndirect()) {
            pending.push(object);
        }
    }

    private static void inspect(PdfDictionary dictionary, Set<Finding> findings) {
        // getAsName resolves an indirect value, so "/S 12 0 R" pointing at /JavaScript is caught as well.
        PdfName action = dictionary.getAsName(PdfName.S);
        if (PdfName.LAUNCH.equals(action)) {
            findings.add(Finding.LAUNCH);
        }
        // /JS holds the script of a JavaScript action or of a rendition action; /JavaScript in a names
        // dictionary holds document-level scripts that run when the file opens.
        if (PdfName.JAVASCRIPT.equals(action) || dictionary.contains(PdfName.JS)
                || dictionary.contains(PdfName.JAVASCRIPT)) {
            findings.add(Finding.JAVASCRIPT);
        }
        // A file specification carries its file in /EF; the document-level list is /EmbeddedFiles and an
        // attachment on a page is a /FileAttachment annotation.
        if (dictionary.contains(PdfName.EF) || dictionary.contains(PdfName.EMBEDDEDFILES)
                || PdfName.EMBEDDEDFILE.equals(dictionary.getAsName(PdfName.TYPE))
                || PdfName.FILEATTACHMENT.equals(dictionary.getAsName(PdfName.SUBTYPE))) {
            findings.add(Finding.EMBEDDED_FILE);
        }
    }
}
