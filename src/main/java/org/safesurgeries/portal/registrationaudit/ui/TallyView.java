package org.safesurgeries.portal.registrationaudit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.practice.PracticePages;
import org.safesurgeries.portal.practice.PracticeService;
import org.safesurgeries.portal.registrationaudit.RegistrationTally;
import org.safesurgeries.portal.registrationaudit.TallyImport;
import org.safesurgeries.portal.security.Roles;

import java.util.function.Supplier;

/**
 * The practice's registration tally: log one registration at the desk, enter a month's figures, or import them
 * from a file; and see the practice's own exact figures month by month.
 */
@Route("tally/:practiceId?")
@PageTitle("Registration tally · Safe Surgery portal")
@Menu(title = "Registration tally", order = 12, icon = "vaadin:plus-square-o")
@RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
class TallyView extends Div implements BeforeEnterObserver {

    private final RegistrationTally tally;
    private final TallyImport tallyImport;
    private final PracticeService practices;

    TallyView(RegistrationTally tally, TallyImport tallyImport, PracticeService practices) {
        this.tally = tally;
        this.tallyImport = tallyImport;
        this.practices = practices;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PracticePages.open(event, practices, TallyView.class, this, "Registration tally", practiceId -> {
            var practice = practices.get(practiceId);
            var figures = new TallyFigures(tally, practiceId);
            // Three ways in, as disclosure sections: the desk's quick form open, the monthly ones a click away.
            var quick = section("Log a registration", () -> new QuickLogForm(tally, practiceId, figures::show));
            quick.setOpened(true);
            var month = section("Enter a month's figures", () -> new MonthFiguresForm(tally, practiceId,
                    figures::show));
            var file = section("Import a file", () -> new TallyImportPanel(tallyImport, tally, practiceId,
                    figures::show));
            add(new H1("Registration tally: " + practice.name()),
                    new Paragraph("Count each registration of someone who could not provide a document. The tally "
                            + "keeps numbers only: never a name, a date of birth, an NHS number or the time."),
                    quick, month, file, figures);
        });
    }

    /** A disclosure section whose form is built the first time it is opened, so only open forms are on the page. */
    private static Details section(String title, Supplier<Component> content) {
        var section = new Details(title);
        section.addClassName("portal-card");
        section.setWidthFull();
        section.addOpenedChangeListener(e -> {
            if (e.isOpened() && section.getContent().findAny().isEmpty()) {
                section.add(content.get());
            }
        });
        return section;
    }
}
