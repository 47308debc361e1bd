package org.safesurgeries.portal.certificate;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes a PNG of each certificate to {@code target/certificate-previews/}, so that whoever changes a layout can
 * look at the result: no test can tell whether a certificate looks right.
 */
class CertificatePreviewsTest {

    private static final Path FOLDER = Path.of("target", "certificate-previews");

    @Test
    void every_kind_and_some_hard_names_are_written_as_previews() throws Exception {
        var renderer = new CertificateRenderer();
        Map<String, byte[]> previews = new LinkedHashMap<>();
        for (CertificateKind kind : CertificateKind.values()) {
            previews.put(kind.name().toLowerCase(), renderer.render(kind, SampleCertificates.fields(kind)));
        }
        previews.put("award-long-name", renderer.render(CertificateKind.AWARD, SampleCertificates.with(
                CertificateKind.AWARD, "practiceName", CertificateRendererTest.LONG_PRACTICE_NAME)));
        previews.put("declaration-arabic-name", renderer.render(CertificateKind.DECLARATION,
                SampleCertificates.with(CertificateKind.DECLARATION, "practiceName", "عيادة النور الطبية")));
        previews.put("training-arabic-name", renderer.render(CertificateKind.TRAINING,
                SampleCertificates.with(CertificateKind.TRAINING, "attendeeName", "محمد الأحمد")));
        previews.put("training-amharic-name", renderer.render(CertificateKind.TRAINING,
                SampleCertificates.with(CertificateKind.TRAINING, "attendeeName", "ተስፋዬ ገብረ")));

        Files.createDirectories(FOLDER);
        for (var preview : previews.entrySet()) {
            Path png = FOLDER.resolve(preview.getKey() + ".png");
            Files.deleteIfExists(png);
            PdfInspection.png(preview.getValue(), 100, png);
            assertThat(png).isNotEmptyFile();
        }
    }
}
