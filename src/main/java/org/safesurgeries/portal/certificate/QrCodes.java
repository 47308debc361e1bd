package org.safesurgeries.portal.certificate;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import org.openpdf.text.pdf.PdfContentByte;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Draws a QR code as filled squares, so it stays sharp at any zoom and on any printer. Error correction M survives
 * a fold or a smudge on a printed certificate without making the code too dense to scan from across a room.
 */
final class QrCodes {

    /** The white margin scanners need around the code, in modules (the QR specification asks for four). */
    static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    /** Draws the code, quiet zone included, in the square with its lower-left corner at (x, y). */
    static void draw(PdfContentByte canvas, String text, float x, float y, float size, Color dark) {
        ByteMatrix modules = encode(text);
        int count = modules.getWidth();
        float module = size / (count + 2 * QUIET_ZONE);
        canvas.saveState();
        canvas.setColorFill(Color.WHITE);
        canvas.rectangle(x, y, size, size);
        canvas.fill();
        canvas.setColorFill(dark);
        float left = x + QUIET_ZONE * module;
        float top = y + size - QUIET_ZONE * module;
        for (int row = 0; row < count; row++) {
            int column = 0;
            while (column < count) {
                if (modules.get(column, row) != 1) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < count && modules.get(column, row) == 1) {
                    column++;
                }
                // One rectangle per dark stretch of a row: fewer seams between modules, smaller content stream.
                canvas.rectangle(left + start * module, top - (row + 1) * module, (column - start) * module, module);
            }
        }
        canvas.fill();
        canvas.restoreState();
    }

    private static ByteMatrix encode(String text) {
        try {
            boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(text);
            Map<EncodeHintType, Object> hints = ascii ? Map.of()
                    : Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
            return Encoder.encode(text, ErrorCorrectionLevel.M, hints).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code for " + text, e);
        }
    }
}
