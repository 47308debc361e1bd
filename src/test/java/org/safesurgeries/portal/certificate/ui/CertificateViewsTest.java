package org.safesurgeries.portal.certificate.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.safesurgeries.portal.certificate.CertificateService;
import org.safesurgeries.portal.certificate.CertificateStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/** The verification page and the certificates list in a browserless UI. */
@PortalTest
@ViewPackages(packages = "org.safesurgeries.portal")
class CertificateViewsTest extends SpringBrowserlessTest {

    @Autowired
    CertificateService certificates;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void anyone_sees_a_demo_certificate_as_valid_and_an_unknown_code_as_not_found() {
        navigate("verify/SAFESVRGERY269", Component.class);
        assertThat(text()).contains("Safe Surgery declaration").contains("SAFE-SVRG-ERY2-69");
        navigate("verify/7KQ3M9TX2HCP4R", Component.class);
        assertThat(text()).contains("No certificate matches");
        navigate("verify/%3Cb%3Ehello", Component.class);
        assertThat(text()).contains("No certificate matches").doesNotContain("<b>");
    }

    @Test
    void an_uploaded_certificate_is_recognised_by_its_bytes_and_a_changed_copy_is_not() {
        byte[] pdf = certificates.pdf("AWARDSANCT260C").orElseThrow();
        navigate("verify", Component.class);
        test(find(com.vaadin.flow.component.upload.Upload.class).withId("verify-upload").single())
                .upload("certificate.pdf", "application/pdf", pdf);
        roundTrip();
        assertThat(text()).contains("Sanctuary in Healthcare award").contains("AWAR-DSAN-CT26-0C");
        byte[] changed = pdf.clone();
        changed[changed.length / 3] ^= 1;
        navigate("verify", Component.class);
        test(find(com.vaadin.flow.component.upload.Upload.class).withId("verify-upload").single())
                .upload("certificate.pdf", "application/pdf", changed);
        roundTrip();
        assertThat(text()).contains("No certificate matches").doesNotContain("AWAR-DSAN-CT26-0C");
    }

    @Test
    @WithMockUser(username = "admin@demo.safesurgery.example", roles = "ADMIN")
    void an_admin_suspends_a_certificate_with_a_reason_and_a_blank_reason_is_refused() {
        // Verification answers are kept for a few seconds: each change below must be seen at once all the same.
        assertThat(certificates.verify("SAFESVRGERY269")).isPresent();
        navigate("certificates", Component.class);
        test(find(TextField.class).withId("certificate-search").single()).setValue("SAFE-SVRG-ERY2-69");
        @SuppressWarnings("unchecked")
        Grid<CertificateService.IssuedCertificate> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        var suspend = test(grid).getCellComponent(0, 5).getChildren()
                .filter(c -> c.getId().orElse("").startsWith("suspend-")).findFirst().orElseThrow();
        test((Button) suspend).click();
        var dialog = find(Dialog.class).single();
        test(find(Button.class, dialog).withText("Suspend").single()).click();
        assertThat(find(TextArea.class, dialog).single().isInvalid()).isTrue();
        test(find(TextArea.class, dialog).single()).setValue("Checking the signatory.");
        test(find(Button.class, dialog).withText("Suspend").single()).click();
        assertThat(certificates.verify("SAFESVRGERY269").orElseThrow().status()).isEqualTo(CertificateStatus.SUSPENDED);
        assertThat(certificates.verify("safe-svrg-ery2-69").orElseThrow().status()).as("typed another way")
                .isEqualTo(CertificateStatus.SUSPENDED);
        var row = certificates.search("SAFE-SVRG-ERY2-69", org.springframework.data.domain.PageRequest.of(0, 1))
                .getContent().getFirst();
        certificates.change(row.id(), row.version(), CertificateService.Change.REINSTATE, "Checked.");
        assertThat(certificates.verify("SAFESVRGERY269").orElseThrow().status()).isEqualTo(CertificateStatus.VALID);
    }

    @Test
    @WithMockUser(username = "manager@demo.safesurgery.example", roles = "PRACTICE_MANAGER")
    void a_practice_manager_cannot_open_the_certificates_list() {
        navigate("certificates", Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).doesNotStartWith("CertificatesView");
    }

    @Test
    @WithMockUser(username = "manager@demo.safesurgery.example", roles = "PRACTICE_MANAGER")
    void a_practice_manager_lists_their_own_certificates_and_not_another_practices() {
        long own = jdbc.queryForObject("select id from practice where ods_code = 'Y90001'", Long.class);
        org.awaitility.Awaitility.await().until(() -> jdbc.queryForObject(
                "select count(*) from certificate where practice_id = ? and kind = 'DECLARATION'", Integer.class, own) > 0);
        navigate("certificates/practice/" + own, Component.class);
        assertThat(text()).contains("Safe Surgery declaration").contains("Download");
        long other = jdbc.queryForObject("select id from practice where ods_code = 'Y90003'", Long.class);
        navigate("certificates/practice/" + other, Component.class);
        assertThat(text()).contains("You do not have access to this practice.").doesNotContain("Download");
    }

    @Test
    @WithMockUser(username = "manager@demo.safesurgery.example", roles = "PRACTICE_MANAGER")
    @SuppressWarnings("unchecked")
    void a_practice_manager_chooses_a_poster_language_and_a_draft_translation_is_flagged() {
        long own = jdbc.queryForObject("select id from practice where ods_code = 'Y90001'", Long.class);
        navigate("posters/" + own, Component.class);
        var language = (com.vaadin.flow.component.select.Select<org.safesurgeries.portal.certificate.PosterLanguage>)
                find(com.vaadin.flow.component.select.Select.class).withId("poster-language").single();
        assertThat(language.getValue().code()).isEqualTo("en");
        assertThat(find(com.vaadin.flow.component.html.Anchor.class).withId("poster-download").single().getText())
                .isEqualTo("Download the English poster (A4 PDF)");
        var arabic = language.getListDataView().getItems().filter(l -> l.code().equals("ar")).findFirst().orElseThrow();
        test(language).selectItem(language.getItemLabelGenerator().apply(arabic));
        assertThat(text()).contains("This Arabic translation is a draft");
        assertThat(find(com.vaadin.flow.component.html.Anchor.class).withId("poster-download").single().getText())
                .isEqualTo("Download the Arabic poster (A4 PDF)");
        long other = jdbc.queryForObject("select id from practice where ods_code = 'Y90003'", Long.class);
        navigate("posters/" + other, Component.class);
        assertThat(text()).contains("You do not have access to this practice.");
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
