package org.safesurgeries.portal.certificate;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes a PNG of the poster in every language to {@code target/poster-previews/}, so that whoever changes the design
 * or a translation can look at every one: no test can tell whether a poster looks right.
 */
class PosterPreviewsTest {

    private static final Path FOLDER = Path.of("target", "poster-previews");

    @Test
    void every_language_and_a_long_practice_name_are_written_as_previews() throws Exception {
        var renderer = PosterRendererTest.RENDERER;
        Map<String, byte[]> previews = new LinkedHashMap<>();
        for (PosterLanguage language : renderer.languages()) {
            previews.put(language.code(), renderer.render(language.code(), PosterRendererTest.PRACTICE,
                    PosterRendererTest.ODS, PosterRendererTest.DIRECTORY_URL));
        }
        for (String code : new String[] {"en", "ar"}) {
            previews.put(code + "-long-name", renderer.render(code, CertificateRendererTest.LONG_PRACTICE_NAME,
                    PosterRendererTest.ODS, PosterRendererTest.DIRECTORY_URL));
        }
        previews.put("fa-arabic-script-name", renderer.render("fa", "مطب دکتر احمدی\u200cنژاد",
                PosterRendererTest.ODS, PosterRendererTest.DIRECTORY_URL));

        Files.createDirectories(FOLDER);
        for (var preview : previews.entrySet()) {
            Path png = FOLDER.resolve(preview.getKey() + ".png");
            Files.deleteIfExists(png);
            PdfInspection.png(preview.getValue(), 60, png);
            assertThat(png).isNotEmptyFile();
            // The PDF too, to zoom in on joined letters and accents that 60 dpi blurs.
            Files.write(FOLDER.resolve(preview.getKey() + ".pdf"), preview.getValue());
        }
    }
}
