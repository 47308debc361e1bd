package org.safesurgeries.portal.certificate.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.certificate.PosterLanguage;
import org.safesurgeries.portal.certificate.PosterRenderer;
import org.safesurgeries.portal.declaration.DeclarationService;
import org.safesurgeries.portal.practice.PracticePages;
import org.safesurgeries.portal.practice.PracticeService;
import org.safesurgeries.portal.security.Roles;
import org.springframework.beans.factory.annotation.Value;

import java.io.ByteArrayInputStream;

/**
 * A practice downloads an A4 poster for its waiting room, in a patient's language: register without ID, proof of
 * address or immigration status; an interpreter can be arranged; information is not shared with immigration
 * enforcement. Translations not yet checked by a native speaker are marked as drafts.
 */
@Route("posters/:practiceId?")
@PageTitle("Posters for the waiting room · Safe Surgery portal")
@Menu(title = "Waiting-room posters", order = 18, icon = "vaadin:picture")
@RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
class PostersView extends Div implements BeforeEnterObserver {

    private final PosterRenderer posters;
    private final PracticeService practices;
    private final DeclarationService declarations;
    private final String publicBaseUrl;

    PostersView(PosterRenderer posters, PracticeService practices, DeclarationService declarations,
                @Value("${portal.public-base-url}") String publicBaseUrl) {
        this.posters = posters;
        this.practices = practices;
        this.declarations = declarations;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PracticePages.open(event, practices, PostersView.class, this, "Posters for the waiting room", practiceId -> {
            var practice = practices.get(practiceId);
            String directoryUrl = publicBaseUrl + "/directory/" + practice.odsCode();
            var language = new Select<PosterLanguage>();
            language.setLabel("Language");
            language.setItems(posters.languages());
            language.setItemLabelGenerator(l -> l.englishName().equals(l.nativeName()) ? l.nativeName()
                    : l.nativeName() + " (" + l.englishName() + ")" + (l.checked() ? "" : " · draft"));
            language.setId("poster-language");
            var draft = new Paragraph();
            draft.addClassName("portal-warning");
            draft.getElement().setAttribute("role", "status");
            var download = new Anchor();
            download.setId("poster-download");
            download.getElement().setAttribute("download", true);
            language.addValueChangeListener(e -> {
                var chosen = e.getValue();
                draft.setText(chosen.checked() ? "" : "This " + chosen.englishName() + " translation is a draft: "
                        + "a native speaker has not checked it yet. Please ask someone who speaks "
                        + chosen.englishName() + " to read it before you put it up.");
                download.setText("Download the " + chosen.englishName() + " poster (A4 PDF)");
                download.setHref(DownloadHandler.fromInputStream(request -> {
                    byte[] pdf = posters.render(chosen.code(), practice.name(), practice.odsCode(), directoryUrl);
                    return new DownloadResponse(new ByteArrayInputStream(pdf), "safe-surgery-poster-" + chosen.code()
                            + ".pdf", "application/pdf", pdf.length);
                }));
            });
            language.setValue(posters.languages().getFirst());
            add(new H1("Posters for the waiting room"), new Paragraph("Tell patients, in their language, that they "
                    + "can register here without ID, proof of address or immigration status, that an interpreter "
                    + "can be arranged, and that their information is not shared with immigration enforcement. The "
                    + "QR code opens " + practice.name() + "'s page in the public directory."));
            if (!declarations.standing(practiceId).isSafeSurgery()) {
                var notListed = new Paragraph("Your practice has no current Safe Surgery declaration, so it is not in "
                        + "the public directory: the QR code will say so until you declare.");
                notListed.addClassName("portal-warning");
                add(notListed);
            }
            add(language, draft, new Paragraph(download));
        });
    }
}
