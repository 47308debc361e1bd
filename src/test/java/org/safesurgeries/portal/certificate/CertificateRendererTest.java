package org.safesurgeries.portal.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.safesurgeries.portal.certificate.CertificateLayout.TextBlock;
import org.safesurgeries.portal.certificate.PdfInspection.PdfFont;
import org.safesurgeries.portal.certificate.PdfInspection.Run;
import org.safesurgeries.portal.certificate.PdfInspection.Word;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.safesurgeries.portal.certificate.CertificateKind.AWARD;
import static org.safesurgeries.portal.certificate.CertificateKind.DECLARATION;
import static org.safesurgeries.portal.certificate.CertificateKind.TRAINING;

class CertificateRendererTest {

    static final String LONG_PRACTICE_NAME = ("The Riverside and Canal Street Community Health Partnership "
            + "incorporating the Old Town Surgery, the Northfields Family Practice and the Saint Bartholomew's "
            + "Walk-in Centre for Asylum Seekers and Refugees, Greater Manchester").substring(0, 200);

    // One renderer for the whole class, as the application has: it is meant to be shared.
    private static final CertificateRenderer RENDERER = new CertificateRenderer();

    @ParameterizedTest
    @EnumSource(CertificateKind.class)
    void each_kind_renders_one_page_with_every_font_embedded(CertificateKind kind) throws Exception {
        byte[] pdf = RENDERER.render(kind, SampleCertificates.fields(kind));

        assertThat(PdfInspection.pages(pdf)).isEqualTo(1);
        List<PdfFont> fonts = PdfInspection.fonts(pdf);
        assertThat(fonts).isNotEmpty().allMatch(PdfFont::embedded, "embedded")
                .anyMatch(font -> font.name().contains("NotoSerif-Bold"))
                .anyMatch(font -> font.name().contains("NotoSans"));
        assertThat(PdfInspection.missingGlyphs(pdf)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zoë O'Brien-Łukasik", "Мария Иванова", "Σοφία Παπαδοπούλου", "ተስፋዬ ገብረ",
            "ትርሓስ ኪዳነ", "محمد الأحمد", "زهرا احمدی\u200cنژاد", "ښکلا ځدراڼ", "ئاراس کەریم", "प्रिया शर्मा",
            "সুমাইয়া রহমান", "ਗੁਰਪ੍ਰੀਤ ਕੌਰ", "Nguyễn Thị Hồng"})
    void names_in_many_scripts_are_drawn_with_real_glyphs_and_read_back_as_written(String name) throws Exception {
        byte[] pdf = RENDERER.render(TRAINING, SampleCertificates.with(TRAINING, "attendeeName", name));

        // Each line of text is stored with its ActualText, so a reader gets the name in logical order however the
        // glyphs were shaped; and no glyph drawn is the missing-glyph box, so the letters are really there.
        assertThat(PdfInspection.text(pdf)).contains(name);
        assertThat(PdfInspection.missingGlyphs(pdf)).isZero();
    }

    @Test
    void a_name_in_a_script_without_a_bundled_font_shows_missing_glyphs_which_the_check_detects() throws Exception {
        // Chinese, Japanese and Korean fonts are tens of megabytes and not bundled (see certificates/fonts/README.md).
        byte[] pdf = RENDERER.render(TRAINING, SampleCertificates.with(TRAINING, "attendeeName", "王芳"));

        assertThat(PdfInspection.missingGlyphs(pdf)).isEqualTo(2);
    }

    @Test
    void an_arabic_name_is_drawn_right_to_left_with_its_letters_joined() throws Exception {
        String name = "محمد";
        byte[] pdf = RENDERER.render(TRAINING, SampleCertificates.with(TRAINING, "attendeeName", name));

        // Java's own OpenType layout of the name is the reference: glyphs in visual order, in their joined forms.
        Font naskh;
        try (var in = getClass().getResourceAsStream("/certificates/fonts/NotoNaskhArabic-Bold.ttf")) {
            naskh = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(30f);
        }
        var context = new FontRenderContext(null, false, true);
        int[] shaped = glyphCodes(naskh.layoutGlyphVector(context, name.toCharArray(), 0, name.length(),
                Font.LAYOUT_RIGHT_TO_LEFT));
        int[] isolated = glyphCodes(naskh.createGlyphVector(context, name));
        assertThat(shaped).as("joined forms differ from the isolated letters").isNotEqualTo(isolated)
                .isNotEqualTo(IntStream.range(0, isolated.length).map(i -> isolated[isolated.length - 1 - i]).toArray());

        assertThat(PdfInspection.glyphIds(pdf, "NotoNaskhArabic-Bold")).containsExactly(
                IntStream.of(shaped).boxed().toArray(Integer[]::new));
    }

    @Test
    void a_persian_name_with_a_zero_width_non_joiner_is_drawn_whole() throws Exception {
        String name = "احمدی\u200cنژاد";
        byte[] pdf = RENDERER.render(TRAINING, SampleCertificates.with(TRAINING, "attendeeName", name));

        // Java shapes the non-joiner as the invisible glyph 0xFFFF; every other glyph must reach the page.
        Font naskh;
        try (var in = getClass().getResourceAsStream("/certificates/fonts/NotoNaskhArabic-Bold.ttf")) {
            naskh = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(30f);
        }
        var context = new FontRenderContext(null, false, true);
        int[] shaped = glyphCodes(naskh.layoutGlyphVector(context, name.toCharArray(), 0, name.length(),
                Font.LAYOUT_RIGHT_TO_LEFT));
        assertThat(shaped).contains(0xFFFF);

        assertThat(PdfInspection.glyphIds(pdf, "NotoNaskhArabic-Bold")).containsExactly(
                IntStream.of(shaped).filter(glyph -> glyph != 0xFFFF).boxed().toArray(Integer[]::new));
    }

    @Test
    void an_arabic_practice_name_reads_right_to_left_with_its_ods_code_on_its_left() throws Exception {
        byte[] pdf = RENDERER.render(DECLARATION,
                SampleCertificates.with(DECLARATION, "practiceName", "عيادة النور الطبية"));

        // The text matrix of each run says where it starts: the code's Latin runs sit left of the Arabic name.
        List<Run> runs = PdfInspection.runs(pdf);
        Run arabic = runs.stream().filter(run -> run.font().contains("NotoNaskhArabic")).findFirst().orElseThrow();
        List<Run> sameLine = runs.stream().filter(run -> run != arabic && Math.abs(run.y() - arabic.y()) < 0.01).toList();
        assertThat(sameLine).isNotEmpty().allMatch(run -> run.x() < arabic.x(), "left of the Arabic");
    }

    @Test
    void a_200_character_practice_name_shrinks_and_wraps_inside_its_box() throws Exception {
        assertThat(LONG_PRACTICE_NAME).hasSize(200);
        byte[] pdf = RENDERER.render(AWARD, SampleCertificates.with(AWARD, "practiceName", LONG_PRACTICE_NAME));
        TextBlock block = RENDERER.layout(AWARD).blocks().stream()
                .filter(b -> b.text().startsWith("{practiceName}")).findFirst().orElseThrow();
        var box = block.box();
        String printed = LONG_PRACTICE_NAME + " (F84021)";

        List<Word> words = PdfInspection.words(pdf);
        List<Word> nameLines = words.stream().filter(word -> printed.contains(word.text())
                && word.text().length() > 20).toList();
        List<Word> others = words.stream().filter(word -> !nameLines.contains(word)).toList();

        assertThat(nameLines).hasSizeGreaterThanOrEqualTo(2);
        assertThat(String.join(" ", nameLines.stream().map(Word::text).toList())).isEqualTo(printed);
        // pdftotext's boxes use the font's full ascent and descent, a little taller than the line itself.
        double slack = 4;
        for (Word line : nameLines) {
            assertThat(line.xMin()).isGreaterThanOrEqualTo(box.x() - 0.5);
            assertThat(line.xMax()).isLessThanOrEqualTo(box.x() + box.width() + 0.5);
            assertThat(line.yMin()).isGreaterThanOrEqualTo(box.top() - slack);
            assertThat(line.yMax()).isLessThanOrEqualTo(box.top() + box.height() + slack);
            assertThat(line.yMax() - line.yMin()).as("shrunk below its %s points", block.size())
                    .isLessThan(block.size());
            assertThat(others).noneMatch(line::overlaps);
        }
        var page = RENDERER.layout(AWARD).page();
        assertThat(words).allMatch(word -> word.xMin() >= 0 && word.yMin() >= 0
                && word.xMax() <= page.width() && word.yMax() <= page.height());
    }

    @Test
    void text_too_long_even_at_the_smallest_size_is_cut_with_an_ellipsis_inside_its_box() throws Exception {
        byte[] pdf = RENDERER.render(AWARD, SampleCertificates.with(AWARD, "practiceName", "Surgery ".repeat(3000)));
        var box = RENDERER.layout(AWARD).blocks().stream()
                .filter(b -> b.text().startsWith("{practiceName}")).findFirst().orElseThrow().box();

        List<Word> nameLines = PdfInspection.words(pdf).stream().filter(word -> word.text().startsWith("Surgery"))
                .toList();
        assertThat(nameLines.getLast().text()).endsWith("…");
        assertThat(nameLines).allMatch(line -> line.xMin() >= box.x() - 0.5 && line.xMax() <= box.x() + box.width() + 0.5
                && line.yMin() >= box.top() - 2 && line.yMax() <= box.top() + box.height() + 2, "inside the box");
    }

    @ParameterizedTest
    @EnumSource(CertificateKind.class)
    void the_qr_code_reads_back_as_the_verification_url(CertificateKind kind) throws Exception {
        byte[] pdf = RENDERER.render(kind, SampleCertificates.fields(kind));

        var image = PdfInspection.image(pdf, 150);
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        var decoded = new MultiFormatReader().decode(bitmap, Map.of(
                DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE), DecodeHintType.TRY_HARDER, true));

        assertThat(decoded.getText()).isEqualTo(SampleCertificates.VERIFY_URL);
    }

    @Test
    void every_certificate_prints_where_and_how_to_verify_it() throws Exception {
        for (CertificateKind kind : CertificateKind.values()) {
            String text = PdfInspection.text(RENDERER.render(kind, SampleCertificates.fields(kind)));

            assertThat(text).contains("Verify at " + SampleCertificates.VERIFY_URL).contains("Code K7QM-3XWD-9PHT");
        }
    }

    @Test
    void a_name_containing_a_placeholder_is_printed_as_written() throws Exception {
        byte[] pdf = RENDERER.render(TRAINING, SampleCertificates.with(TRAINING, "attendeeName", "Ann {code} Lee"));

        assertThat(PdfInspection.text(pdf)).contains("Ann {code} Lee").doesNotContain("Ann K7QM");
    }

    @Test
    void a_certificate_without_a_field_its_layout_prints_is_refused() {
        var fields = SampleCertificates.fields(AWARD);
        fields.remove("odsCode");

        assertThatThrownBy(() -> RENDERER.render(AWARD, fields))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("odsCode");
    }

    @Test
    void a_layout_with_overlapping_boxes_or_an_unknown_field_is_refused() {
        String json = """
                {"page": {"size": "A4", "orientation": "portrait", "margin": 36},
                 "colours": {"ink": "#000000"},
                 "fonts": {"serif": {"regular": ["NotoSerif-Regular.ttf"], "bold": ["NotoSerif-Bold.ttf"]}},
                 "blocks": [
                   {"text": "{practiceName} {code}", "font": "serif", "size": 20, "colour": "ink",
                    "box": {"x": 50, "top": 100, "width": 400, "height": 40}},
                   {"text": "{verifyUrl} {pratice}", "font": "serif", "size": 12, "colour": "ink",
                    "box": {"x": 50, "top": 130, "width": 400, "height": 40}}],
                 "qr": {"box": {"x": 50, "top": 300, "width": 90, "height": 90}, "colour": "ink"}}
                """;
        var in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> new LayoutLoader().read(in, "test"))
                .hasMessageContaining("overlaps").hasMessageContaining("unknown field {pratice}");
    }

    private static int[] glyphCodes(GlyphVector glyphs) {
        return glyphs.getGlyphCodes(0, glyphs.getNumGlyphs(), null);
    }

    @Test
    void one_renderer_serves_many_threads_at_once() throws Exception {
        List<Callable<String>> renders = IntStream.range(0, 16).mapToObj(i -> (Callable<String>) () ->
                PdfInspection.text(RENDERER.render(TRAINING,
                        SampleCertificates.with(TRAINING, "attendeeName", "Attendee number " + i)))).toList();

        try (var threads = Executors.newFixedThreadPool(8)) {
            var texts = threads.invokeAll(renders);
            for (int i = 0; i < texts.size(); i++) {
                assertThat(texts.get(i).get()).contains("Attendee number " + i + " ");
            }
        }
    }
}
