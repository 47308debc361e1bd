package org.safesurgeries.portal.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.safesurgeries.portal.certificate.CertificateLayout.Box;
import org.safesurgeries.portal.certificate.CertificateLayout.TextBlock;
import org.safesurgeries.portal.certificate.PdfInspection.PdfFont;
import org.safesurgeries.portal.certificate.PdfInspection.Word;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

class PosterRendererTest {

    static final String PRACTICE = "Riverside Medical Centre";
    static final String ODS = "F84021";
    static final String DIRECTORY_URL = "https://portal.safesurgeries.org.uk/directory/F84021";

    // One renderer for the whole class, as the application has: it is meant to be shared.
    static final PosterRenderer RENDERER = new PosterRenderer();
    private static final Map<String, PosterTranslation> TRANSLATIONS = new PosterTranslations().load().stream()
            .collect(Collectors.toMap(PosterTranslation::code, t -> t));

    static List<String> codes() {
        return RENDERER.languages().stream().map(PosterLanguage::code).toList();
    }

    static List<String> rightToLeftCodes() {
        return RENDERER.languages().stream().filter(PosterLanguage::rightToLeft).map(PosterLanguage::code).toList();
    }

    @Test
    void english_comes_first_then_the_languages_by_english_name_with_arabic_script_ones_right_to_left() {
        List<PosterLanguage> languages = RENDERER.languages();

        assertThat(languages.getFirst()).isEqualTo(new PosterLanguage("en", "English", "English", false, true));
        assertThat(languages.subList(1, languages.size())).isSortedAccordingTo(
                Comparator.comparing(PosterLanguage::englishName));
        assertThat(codes()).contains("am", "ar", "prs", "fa", "ckb", "om", "ps", "es", "ti", "uk");
        assertThat(rightToLeftCodes()).containsExactlyInAnyOrder("ar", "prs", "fa", "ckb", "ps");
    }

    @Test
    void a_translation_no_native_speaker_has_checked_is_reported_unchecked() {
        String json = """
                {"code": "so", "englishName": "Somali", "nativeName": "Soomaali", "direction": "ltr", "checked": false,
                 "text": {"headline": "Soo dhawoow.", "noDocuments": "…", "interpreter": "…", "confidential": "…",
                          "askReception": "…", "scanLine": "…"}}
                """;
        var in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));

        assertThat(new PosterTranslations().read(in, "so.json").language().checked()).isFalse();
        // Every poster offered says whether its file is checked, so the portal can mark the drafts.
        assertThat(RENDERER.languages()).allMatch(language -> language.checked()
                == TRANSLATIONS.get(language.code()).checked());
    }

    @ParameterizedTest
    @MethodSource("codes")
    void every_language_renders_one_a4_portrait_page_with_its_fonts_embedded_and_real_glyphs(String code)
            throws Exception {
        byte[] pdf = RENDERER.render(code, PRACTICE, ODS, DIRECTORY_URL);

        assertThat(PdfInspection.pages(pdf)).isEqualTo(1);
        float[] size = PdfInspection.pageSize(pdf);
        assertThat(size[0]).isCloseTo(595.28f, offset(0.5f));
        assertThat(size[1]).isCloseTo(841.89f, offset(0.5f));
        assertThat(PdfInspection.fonts(pdf)).isNotEmpty().allMatch(PdfFont::embedded, "embedded");
        assertThat(PdfInspection.missingGlyphs(pdf)).isZero();
        assertThat(PdfInspection.language(pdf)).isEqualTo(code);
    }

    @ParameterizedTest
    @MethodSource("codes")
    void every_sentence_reads_back_as_written_with_the_practice_name(String code) throws Exception {
        PosterTranslation translation = TRANSLATIONS.get(code);

        String text = PdfInspection.text(RENDERER.render(code, PRACTICE, ODS, DIRECTORY_URL));

        // Each shaped run carries its letters as ActualText, so pdftotext gives them in logical (typed) order.
        for (String key : PosterTranslation.KEYS) {
            assertThat(text).as(key).contains(translation.text().get(key));
        }
        assertThat(text).contains(PRACTICE).contains(DIRECTORY_URL).contains("Safe Surgeries network");
    }

    @Test
    void translated_posters_carry_an_english_line_for_staff_and_the_english_poster_does_not() throws Exception {
        assertThat(PdfInspection.text(RENDERER.render("ti", PRACTICE, ODS, DIRECTORY_URL)))
                .contains("For staff, this Tigrinya poster says: no ID");
        assertThat(PdfInspection.text(RENDERER.render("en", PRACTICE, ODS, DIRECTORY_URL)))
                .doesNotContain("For staff");
    }

    @ParameterizedTest
    @MethodSource("codes")
    void the_wording_starts_at_the_readers_side_right_for_arabic_script_and_left_for_the_others(String code)
            throws Exception {
        PosterTranslation translation = TRANSLATIONS.get(code);
        CertificateLayout layout = RENDERER.layout(translation.rightToLeft());
        List<Word> words = PdfInspection.words(RENDERER.render(code, PRACTICE, ODS, DIRECTORY_URL));

        for (String key : List.of("headline", "noDocuments", "interpreter", "confidential")) {
            Box box = block(layout, "{" + key + "}").box();
            List<Word> lines = linesOf(words, translation.text().get(key), box);
            assertThat(lines).as(key).isNotEmpty();
            for (Word line : lines) {
                if (translation.rightToLeft()) {
                    assertThat(line.xMax()).as("%s ends at the box's right edge", key)
                            .isCloseTo(box.x() + box.width(), offset(1.5));
                } else {
                    assertThat(line.xMin()).as("%s starts at the box's left edge", key)
                            .isCloseTo(box.x(), offset(1.5));
                }
            }
        }
    }

    @Test
    void a_right_to_left_poster_is_the_design_in_a_mirror_icons_right_of_their_sentences_and_the_qr_code_left() {
        CertificateLayout ltr = RENDERER.layout(false);
        CertificateLayout rtl = RENDERER.layout(true);
        Box sentence = block(rtl, "{noDocuments}").box();

        assertThat(rtl.icons()).hasSize(3).allMatch(icon -> icon.box().x() > sentence.x() + sentence.width());
        assertThat(rtl.qr().box().x()).isLessThan(ltr.qr().box().x());
        assertThat(rtl.qr().box().x()).isEqualTo(ltr.page().width() - ltr.qr().box().x() - ltr.qr().box().width());
        assertThat(block(rtl, "{headline}").align()).isEqualTo("right");
    }

    @ParameterizedTest
    @MethodSource("rightToLeftCodes")
    void arabic_script_is_drawn_with_its_letters_joined(String code) throws Exception {
        String headline = TRANSLATIONS.get(code).text().get("headline");
        // The longest word of the headline, shaped alone by Java's OpenType layout, is the reference: a word's letters
        // join the same way inside a line, since the spaces around it break joining.
        String word = Arrays.stream(headline.split(" ")).map(w -> w.replaceAll("[.،]", ""))
                .max(Comparator.comparingInt(String::length)).orElseThrow();
        Font naskh;
        try (var in = getClass().getResourceAsStream("/certificates/fonts/NotoNaskhArabic-Bold.ttf")) {
            naskh = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(30f);
        }
        var context = new FontRenderContext(null, false, true);
        int[] shaped = glyphCodes(naskh.layoutGlyphVector(context, word.toCharArray(), 0, word.length(),
                Font.LAYOUT_RIGHT_TO_LEFT));
        int[] isolated = glyphCodes(naskh.createGlyphVector(context, word));
        int[] reversed = IntStream.range(0, isolated.length).map(i -> isolated[isolated.length - 1 - i]).toArray();
        assertThat(shaped).as("joined forms differ from the isolated letters").isNotEqualTo(isolated)
                .isNotEqualTo(reversed);

        List<Integer> drawn = PdfInspection.glyphIds(RENDERER.render(code, PRACTICE, ODS, DIRECTORY_URL),
                "NotoNaskhArabic-Bold");

        // Java gives a zero-width non-joiner the invisible glyph 0xFFFF, which is not drawn.
        List<Integer> visible = IntStream.of(shaped).filter(glyph -> glyph != 0xFFFF).boxed().toList();
        assertThat(Collections.indexOfSubList(drawn, visible))
                .as("the joined glyphs of %s, right to left", word).isNotNegative();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar", "am"})
    void the_qr_code_opens_the_practices_directory_page(String code) throws Exception {
        var image = PdfInspection.image(RENDERER.render(code, PRACTICE, ODS, DIRECTORY_URL), 150);
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        var decoded = new MultiFormatReader().decode(bitmap, Map.of(
                DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE), DecodeHintType.TRY_HARDER, true));

        assertThat(decoded.getText()).isEqualTo(DIRECTORY_URL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar", "ti"})
    void a_200_character_practice_name_shrinks_and_wraps_inside_its_box(String code) throws Exception {
        String name = CertificateRendererTest.LONG_PRACTICE_NAME;
        CertificateLayout layout = RENDERER.layout(TRANSLATIONS.get(code).rightToLeft());
        Box box = block(layout, "{practiceName}").box();

        List<Word> words = PdfInspection.words(RENDERER.render(code, name, ODS, DIRECTORY_URL));
        List<Word> nameLines = linesOf(words, name, box);
        List<Word> others = words.stream().filter(word -> !nameLines.contains(word)).toList();

        assertThat(nameLines).hasSizeGreaterThanOrEqualTo(2);
        assertThat(String.join(" ", nameLines.stream().map(Word::text).toList())).isEqualTo(name);
        // pdftotext's boxes use the font's full ascent and descent, a little taller than the line itself.
        double slack = 4;
        for (Word line : nameLines) {
            assertThat(line.xMin()).isGreaterThanOrEqualTo(box.x() - 0.5);
            assertThat(line.xMax()).isLessThanOrEqualTo(box.x() + box.width() + 0.5);
            assertThat(line.yMin()).isGreaterThanOrEqualTo(box.top() - slack);
            assertThat(line.yMax()).isLessThanOrEqualTo(box.top() + box.height() + slack);
            assertThat(others).noneMatch(line::overlaps);
        }
        assertThat(words).allMatch(word -> word.xMin() >= 0 && word.yMin() >= 0
                && word.xMax() <= layout.page().width() && word.yMax() <= layout.page().height(), "on the page");
    }

    @Test
    void a_practice_name_containing_a_placeholder_is_printed_as_written() throws Exception {
        String text = PdfInspection.text(RENDERER.render("en", "Ann {headline} Surgery", ODS, DIRECTORY_URL));

        assertThat(text).contains("Ann {headline} Surgery");
    }

    @Test
    void an_unknown_language_or_a_blank_practice_name_is_refused() {
        assertThatThrownBy(() -> RENDERER.render("xx", PRACTICE, ODS, DIRECTORY_URL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'xx'");
        assertThatThrownBy(() -> RENDERER.render(null, PRACTICE, ODS, DIRECTORY_URL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RENDERER.render("en", " ", ODS, DIRECTORY_URL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("practiceName");
        assertThatThrownBy(() -> RENDERER.render("en", PRACTICE, ODS, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("directoryUrl");
    }

    @Test
    void a_translation_with_a_missing_sentence_or_a_code_unlike_its_file_name_is_refused() {
        String json = """
                {"code": "fa", "englishName": "Farsi", "nativeName": "فارسی", "direction": "rtl", "checked": false,
                 "text": {"headline": "خوش آمدید.", "noDocuments": "…", "interpreter": "…", "confidential": "…",
                          "askReception": "…", "scanLne": "…"}}
                """;
        var in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> new PosterTranslations().read(in, "prs.json"))
                .hasMessageContaining("code must be the file's name")
                .hasMessageContaining("text.scanLine is missing")
                .hasMessageContaining("text.scanLne is not a poster sentence");
    }

    /** The lines pdftotext found of a piece of wording, within its block's box. */
    private static List<Word> linesOf(List<Word> words, String text, Box box) {
        return words.stream().filter(word -> word.text().length() > 3 && text.contains(word.text())
                && word.yMin() >= box.top() - 6 && word.yMax() <= box.top() + box.height() + 6).toList();
    }

    private static TextBlock block(CertificateLayout layout, String text) {
        return layout.blocks().stream().filter(block -> block.text().equals(text)).findFirst().orElseThrow();
    }

    private static int[] glyphCodes(GlyphVector glyphs) {
        return glyphs.getGlyphCodes(0, glyphs.getNumGlyphs(), null);
    }
}
