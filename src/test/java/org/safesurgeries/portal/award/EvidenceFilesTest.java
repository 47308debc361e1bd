package org.safesurgeries.portal.award;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.safesurgeries.portal.award.EvidenceFiles.Kind;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvidenceFilesTest {

    // --- files that are accepted

    @Test
    void a_real_pdf_is_accepted_with_its_kind_name_and_checksum() throws Exception {
        byte[] pdf = HostileFiles.goodPdf();

        var accepted = EvidenceFiles.check("Registration policy.pdf", pdf);

        assertThat(accepted.kind()).isEqualTo(Kind.PDF);
        assertThat(accepted.fileName()).isEqualTo("Registration policy.pdf");
        assertThat(accepted.contentType()).isEqualTo("application/pdf");
        assertThat(accepted.size()).isEqualTo(pdf.length);
        assertThat(accepted.bytes()).isEqualTo(pdf);
        assertThat(accepted.sha256())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void a_real_png_is_accepted_as_a_png() {
        var accepted = EvidenceFiles.check("poster.png", HostileFiles.goodPng());

        assertThat(accepted.kind()).isEqualTo(Kind.PNG);
        assertThat(accepted.fileName()).isEqualTo("poster.png");
        assertThat(accepted.contentType()).isEqualTo("image/png");
    }

    @Test
    void a_real_jpeg_is_accepted_and_named_with_the_usual_extension() {
        var accepted = EvidenceFiles.check("Reception desk.JPEG", HostileFiles.goodJpeg());

        assertThat(accepted.kind()).isEqualTo(Kind.JPEG);
        assertThat(accepted.fileName()).isEqualTo("Reception desk.jpg");
    }

    @Test
    void a_real_word_document_is_accepted() {
        var accepted = EvidenceFiles.check("Staff training log.docx", HostileFiles.goodDocx());

        assertThat(accepted.kind()).isEqualTo(Kind.DOCX);
        assertThat(accepted.fileName()).isEqualTo("Staff training log.docx");
        assertThat(accepted.contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void a_png_called_pdf_is_accepted_as_a_png_and_renamed() {
        var accepted = EvidenceFiles.check("scan.pdf", HostileFiles.goodPng());

        assertThat(accepted.kind()).isEqualTo(Kind.PNG);
        assertThat(accepted.fileName()).isEqualTo("scan.png");
    }

    @Test
    void changing_the_uploaded_array_afterwards_does_not_change_what_was_accepted() {
        byte[] upload = HostileFiles.goodPng();
        var accepted = EvidenceFiles.check("poster.png", upload);

        Arrays.fill(upload, (byte) 0);

        assertThat(accepted.bytes()).isEqualTo(HostileFiles.goodPng());
        assertThat(accepted.sha256()).isEqualTo(HexFormat.of().formatHex(sha256(accepted.bytes())));
    }

    // --- size

    @Test
    void an_empty_file_is_refused() {
        assertRefused(new byte[0]).hasMessage("The file is empty.");
    }

    @Test
    void a_file_over_10_mb_is_refused_with_the_limit_and_its_size() {
        assertRefused(HostileFiles.oversized()).hasMessageContaining("10 MB").hasMessageContaining("10.1 MB");
    }

    @Test
    void a_file_of_exactly_10_mb_is_not_refused_for_its_size() {
        byte[] exactly = Arrays.copyOf(HostileFiles.goodPng(), (int) EvidenceFiles.MAX_FILE_BYTES);

        assertThat(EvidenceFiles.check("poster.png", exactly).size()).isEqualTo(EvidenceFiles.MAX_FILE_BYTES);
    }

    // --- type, from the content

    @Test
    void an_executable_called_pdf_is_refused_whatever_its_name_says() {
        assertThatThrownBy(() -> EvidenceFiles.check("report.pdf", HostileFiles.executableRenamedPdf()))
                .isInstanceOf(EvidenceRefused.class)
                .hasMessageContaining("Only PDF, PNG, JPEG and Word (.docx)")
                .hasMessageContaining("whatever its name says");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GIF89a\u0001\u0000\u0001\u0000", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            "<!DOCTYPE html><html><script>alert(1)</script></html>", "Just some text", "\u007FELF\u0002\u0001\u0001",
            "{\\rtf1\\ansi Minutes}", " %PDF-1.7 (the signature must come first)"})
    void other_kinds_of_content_are_refused(String content) {
        assertRefused(content.getBytes(StandardCharsets.ISO_8859_1)).hasMessageContaining("can be attached");
    }

    @Test
    void an_old_word_document_is_refused_with_advice_to_save_it_as_docx() {
        assertRefused(HostileFiles.oldWordDocument()).hasMessageContaining("save it as a Word Document (.docx)");
    }

    // --- PDF

    @Test
    void a_pdf_that_cannot_be_parsed_is_refused() {
        assertRefused("%PDF-1.7\nthis is not really a PDF".getBytes(StandardCharsets.US_ASCII))
                .hasMessageContaining("could not be read as a PDF");
    }

    @Test
    void a_pdf_nested_too_deeply_to_parse_is_refused_as_unreadable() {
        assertRefused(HostileFiles.pdfNestedTooDeeply()).hasMessageContaining("could not be read as a PDF");
    }

    @Test
    void a_password_protected_pdf_is_refused() {
        assertRefused(HostileFiles.passwordProtectedPdf()).hasMessageContaining("password-protected");
    }

    @Test
    void a_pdf_with_javascript_is_refused() {
        assertRefused(HostileFiles.pdfWithJavaScript()).hasMessageContaining("contains JavaScript");
    }

    @Test
    void a_pdf_whose_link_runs_javascript_is_refused() {
        assertRefused(HostileFiles.pdfWithJavaScriptInAnnotation()).hasMessageContaining("contains JavaScript");
    }

    @Test
    void javascript_packed_in_compressed_object_streams_is_found() {
        byte[] pdf = HostileFiles.pdfWithJavaScriptInObjectStreams();
        assertThat(HostileFiles.indexOf(pdf, ascii("JavaScript"))).as("hidden from a byte search").isNegative();

        assertRefused(pdf).hasMessageContaining("contains JavaScript");
    }

    @Test
    void javascript_behind_hex_escaped_names_is_found() {
        byte[] pdf = HostileFiles.pdfWithHexEscapedJavaScript();
        assertThat(HostileFiles.indexOf(pdf, ascii("JavaScript"))).as("hidden from a byte search").isNegative();
        assertThat(HostileFiles.indexOf(pdf, ascii("/JS"))).as("hidden from a byte search").isNegative();

        assertRefused(pdf).hasMessageContaining("contains JavaScript");
    }

    @Test
    void a_pdf_with_a_launch_action_is_refused() {
        assertRefused(HostileFiles.pdfWithLaunchAction()).hasMessageContaining("starts another program");
    }

    @Test
    void a_pdf_with_an_embedded_file_is_refused() {
        assertRefused(HostileFiles.pdfWithEmbeddedFile()).hasMessageContaining("other files attached inside it");
    }

    // --- Word

    @Test
    void a_word_zip_bomb_is_refused_and_is_small_on_disk() {
        byte[] bomb = HostileFiles.docxZipBomb();
        assertThat(bomb.length).as("compressed size").isLessThan(1024 * 1024);

        assertRefused(bomb).hasMessageContaining("expands to more than 100 MB");
    }

    @Test
    void a_word_file_with_macros_is_refused() {
        assertRefused(HostileFiles.docxWithMacros()).hasMessageContaining("contains macros");
    }

    @Test
    void a_macro_project_under_another_name_is_found_through_its_relationship() {
        assertRefused(HostileFiles.docxWithDisguisedMacros()).hasMessageContaining("contains macros");
    }

    @Test
    void a_word_file_declared_macro_enabled_is_refused() {
        assertRefused(HostileFiles.docxDeclaredMacroEnabled()).hasMessageContaining("contains macros");
    }

    @Test
    void a_relationships_part_too_large_to_parse_safely_is_refused() {
        assertRefused(HostileFiles.docxWithOversizedRelationships())
                .hasMessageContaining("Word file could not be read");
    }

    @Test
    void a_word_file_of_more_than_10000_parts_is_refused() {
        assertRefused(HostileFiles.docxWithTooManyParts()).hasMessageContaining("more than 10,000 parts");
    }

    @Test
    void a_damaged_word_file_is_refused() {
        assertRefused(HostileFiles.truncatedDocx()).hasMessageContaining("Word file could not be read");
    }

    @Test
    void a_part_hidden_from_reading_in_order_but_listed_for_word_is_refused() {
        assertRefused(HostileFiles.docxWithPartHiddenFromSequentialReading())
                .hasMessageContaining("Word file could not be read");
    }

    @Test
    void a_word_file_with_two_parts_of_the_same_name_is_refused() {
        assertRefused(HostileFiles.docxWithDuplicatePart()).hasMessageContaining("Word file could not be read");
    }

    @Test
    void a_zip_that_is_not_a_word_document_is_refused() {
        assertRefused(HostileFiles.plainZip()).hasMessageContaining("whatever its name says");
    }

    // --- images

    @Test
    void an_image_claiming_huge_dimensions_is_refused_without_being_decoded() {
        assertRefused(HostileFiles.pngClaimingHugeDimensions()).hasMessageContaining("30,000 × 30,000 pixels");
    }

    @Test
    void a_damaged_png_is_refused() {
        assertRefused(HostileFiles.damagedPng()).hasMessageContaining("PNG image could not be read");
    }

    @Test
    void a_damaged_jpeg_is_refused() {
        byte[] jpeg = Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, 64);

        assertRefused(jpeg).hasMessageContaining("JPEG image could not be read");
    }

    // --- names

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "../../etc/passwd                  | passwd.pdf",
            "C:\\Users\\x\\report.pdf          | report.pdf",
            "/var/tmp/minutes.pdf/             | minutes.pdf",
            "report.exe.pdf                    | report-exe.pdf",
            "report.exe                        | report.pdf",
            "Minutes v1.5                      | Minutes v1-5.pdf",
            "Minutes 12.03.2024.pdf            | Minutes 12-03-2024.pdf",
            "'  ...hidden.pdf'                 | hidden.pdf",
            "-rf.pdf                           | rf.pdf",
            "'report. .pdf'                    | report.pdf",
            "Política de registro – ñandú.pdf  | Política de registro – ñandú.pdf",
            "سياسة التسجيل.pdf                 | سياسة التسجيل.pdf",
            "CON.pdf                           | CON-file.pdf",
            "nul                               | nul-file.pdf",
            "com1.docx                         | com1-file.pdf",
            "LPT9.pdf                          | LPT9-file.pdf",
            "CONSENT.pdf                       | CONSENT.pdf",
            ".pdf                              | evidence.pdf",
            "...                               | evidence.pdf",
            "'<>'                              | evidence.pdf",
    })
    void names_are_made_safe_to_store_show_and_save(String original, String expected) {
        assertThat(EvidenceFiles.sanitiseName(original, Kind.PDF)).isEqualTo(expected);
    }

    @Test
    void characters_windows_refuses_in_names_are_removed() {
        assertThat(EvidenceFiles.sanitiseName("a<b>c:d\"e|f?g*h.pdf", Kind.PDF)).isEqualTo("abcdefgh.pdf");
    }

    @Test
    void the_bidi_override_trick_is_undone() {
        // Shown as "invoiceexe.pdf" by the override; the name stored is what the characters really are.
        assertThat(EvidenceFiles.sanitiseName("invoice\u202Efdp.exe", Kind.PDF)).isEqualTo("invoicefdp.pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068",
            "\u2069", "\u200E", "\u200F", "\u061C", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u0000",
            "\u0007", "\u001B", "\u007F", "\u0085"})
    void invisible_and_control_characters_are_removed(String invisible) {
        assertThat(EvidenceFiles.sanitiseName("min" + invisible + "utes.pdf", Kind.PDF)).isEqualTo("minutes.pdf");
    }

    @Test
    void any_whitespace_becomes_one_space() {
        assertThat(EvidenceFiles.sanitiseName("Annual\t\treport\n\u00A0 2024\r\n.pdf", Kind.PDF))
                .isEqualTo("Annual report 2024.pdf");
    }

    @Test
    void names_are_stored_composed() {
        String decomposed = "Zu\u0308rich.pdf";

        assertThat(EvidenceFiles.sanitiseName(decomposed, Kind.PDF))
                .isEqualTo("Z\u00FCrich.pdf")
                .isEqualTo(Normalizer.normalize("Zürich.pdf", Normalizer.Form.NFC));
    }

    @Test
    void a_300_character_name_is_cut_to_80_before_the_extension() {
        assertThat(EvidenceFiles.sanitiseName("a".repeat(300) + ".pdf", Kind.PDF)).isEqualTo("a".repeat(80) + ".pdf");
    }

    @Test
    void cutting_a_long_name_never_splits_a_character_in_two() {
        String name = EvidenceFiles.sanitiseName("a".repeat(79) + "\uD83D\uDE00".repeat(10) + ".png", Kind.PNG);

        assertThat(name).isEqualTo("a".repeat(79) + ".png");
        assertThat(name.codePoints()).noneMatch(c -> Character.getType(c) == Character.SURROGATE);
    }

    @Test
    void a_missing_or_empty_name_becomes_evidence_with_the_detected_extension() {
        assertThat(EvidenceFiles.sanitiseName(null, Kind.DOCX)).isEqualTo("evidence.docx");
        assertThat(EvidenceFiles.sanitiseName("", Kind.JPEG)).isEqualTo("evidence.jpg");
        assertThat(EvidenceFiles.sanitiseName("\u202E\u200B ", Kind.PNG)).isEqualTo("evidence.png");
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(byte[] bytes) {
        return assertThatThrownBy(() -> EvidenceFiles.check("evidence.pdf", bytes)).isInstanceOf(EvidenceRefused.class);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
