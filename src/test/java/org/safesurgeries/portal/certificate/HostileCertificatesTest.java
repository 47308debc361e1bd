package org.safesurgeries.portal.certificate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.shared.HostileInputs;
import org.safesurgeries.portal.shared.HostileInputs.Expect;
import org.safesurgeries.portal.shared.HostileInputs.HostileInput;
import org.safesurgeries.portal.shared.HostileOutcomes;
import org.safesurgeries.portal.shared.HostileOutcomes.Field;
import org.safesurgeries.portal.shared.HostileOutcomes.Result;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every hostile value as the name printed on a certificate and a poster. The services refuse control characters,
 * bidi overrides and patient data in names before they get here; the renderer must still draw whatever it is given
 * on one page without failing, and a name that is stored (script, SQL, formulas, other scripts) must come out of
 * the PDF as the same text, never as anything a viewer runs.
 */
class HostileCertificatesTest {

    private static final HostileOutcomes OUTCOMES = new HostileOutcomes("certificate and poster PDFs (names)");
    private static final CertificateRenderer CERTIFICATES = new CertificateRenderer();
    private static final PosterRenderer POSTERS = PosterRendererTest.RENDERER;

    @AfterAll
    static void figures() {
        OUTCOMES.printSummary();
    }

    @Test
    void names_print_as_text_and_nothing_makes_the_renderers_fail() {
        sweep("training certificate, attendee name", value -> CERTIFICATES.render(CertificateKind.TRAINING,
                SampleCertificates.with(CertificateKind.TRAINING, "attendeeName", value)));
        sweep("award certificate, practice name", value -> CERTIFICATES.render(CertificateKind.AWARD,
                SampleCertificates.with(CertificateKind.AWARD, "practiceName", value)));
        sweep("declaration certificate, practice name", value -> CERTIFICATES.render(CertificateKind.DECLARATION,
                SampleCertificates.with(CertificateKind.DECLARATION, "practiceName", value)));
        sweep("English poster, practice name", value -> POSTERS.render("en", value, "F84021",
                SampleCertificates.VERIFY_URL));
        sweep("Arabic poster, practice name", value -> POSTERS.render("ar", value, "F84021",
                SampleCertificates.VERIFY_URL));
        OUTCOMES.assertNoFailures(OUTCOMES.inputs());
    }

    private void sweep(String input, Function<String, byte[]> render) {
        for (var value : HostileInputs.all()) {
            OUTCOMES.judge(input, Field.FREE_TEXT, value, printed(value, render));
        }
    }

    private static Result printed(HostileInput value, Function<String, byte[]> render) {
        try {
            byte[] pdf = render.apply(value.value());
            assertThat(PdfInspection.pages(pdf)).isEqualTo(1);
            String raw = new String(pdf, StandardCharsets.ISO_8859_1);
            assertThat(raw).doesNotContain("/JavaScript", "/JS ", "/Launch", "/OpenAction", "/AA ");
            if (value.expect() != Expect.STORE || value.category().equals("length")) {
                return Result.answered("drawn on one page");
            }
            String text = PdfInspection.text(pdf);
            return Result.stored(printedAsText(value.stored(), text) ? value.stored() : text);
        } catch (Exception | AssertionError e) {
            return Result.crashed(e);
        }
    }

    /**
     * The name is in the page's text: as written, apart from where lines wrap; or, for a name mixing right-to-left
     * and left-to-right text (whose pieces a text extractor may give in visual order), each of its words.
     */
    private static boolean printedAsText(String name, String text) {
        if (text.replaceAll("\\s+", "").contains(name.replaceAll("\\s+", ""))) {
            return true;
        }
        boolean mixed = name.codePoints().map(Character::getDirectionality)
                .anyMatch(d -> d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                        || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
        return mixed && Arrays.stream(name.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty())
                .allMatch(text::contains);
    }

    @Test
    void a_name_with_script_is_printed_as_its_characters() throws Exception {
        String name = HostileInputs.byId("script-tag").value();
        byte[] pdf = CERTIFICATES.render(CertificateKind.TRAINING, SampleCertificates.with(CertificateKind.TRAINING,
                "attendeeName", name));
        assertThat(PdfInspection.text(pdf)).contains("<script>alert(1)</script>");
        assertThat(PdfInspection.missingGlyphs(pdf)).isZero();
    }
}
