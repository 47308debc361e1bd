package org.safesurgeries.portal.practice.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.practice.PracticeDetails;
import org.safesurgeries.portal.practice.PracticePages;
import org.safesurgeries.portal.practice.PracticeService;
import org.safesurgeries.portal.security.Roles;

/** A practice manager's own practice: its official details, contact details and staff head-counts. */
@Route("my-practice/:practiceId?")
@PageTitle("My practice · Safe Surgery portal")
@Menu(title = "My practice", order = 10, icon = "vaadin:building")
@RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
class MyPracticeView extends VerticalLayout implements BeforeEnterObserver {

    private final PracticeService practices;

    MyPracticeView(PracticeService practices) {
        this.practices = practices;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PracticePages.open(event, practices, MyPracticeView.class, this, "My practice",
                id -> show(practices.get(id)));
    }

    private void show(PracticeDetails practice) {
        // Both forms save the same practice, so they share the version each save moves on.
        var version = new java.util.concurrent.atomic.AtomicLong(practice.version());
        add(new H1(practice.name()),
                new Paragraph("ODS code " + practice.odsCode() + " · " + practice.status().label()
                        + (practice.region() == null ? "" : " · " + practice.region())
                        + (practice.icb() == null ? "" : " · " + practice.icb())),
                new H2("Contact details"),
                new ContactForm(practices, practice, version),
                new H2("Staff head-count"),
                new Paragraph("How many staff work here in each role. Training coverage is measured against these."),
                new HeadcountForm(practices, practice, version));
    }
}
