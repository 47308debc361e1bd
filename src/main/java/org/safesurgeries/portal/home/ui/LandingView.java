package org.safesurgeries.portal.home.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The public front page: what a Safe Surgery is, in plain English. */
@Route("")
@PageTitle("Safe Surgeries · everyone can register with a GP")
@Menu(title = "About Safe Surgeries", order = 0, icon = "vaadin:info-circle-o")
@AnonymousAllowed
class LandingView extends Div {

    LandingView(AuthenticationContext authentication) {
        addClassName("portal-page");
        add(new H1("Everyone can register with a GP"));
        add(new Paragraph("In England anyone can register with a GP practice, free of charge. You do not need "
                + "ID, proof of address, an NHS number or any immigration papers."));
        add(new H2("What is a Safe Surgery?"));
        add(new Paragraph("A Safe Surgery is a GP practice that has committed, with Doctors of the World, that a lack "
                + "of ID, proof of address, immigration status or English is never a barrier to registering. "
                + "Its staff are trained, interpreters are used when needed, and patients are told that their "
                + "information is kept safe and not shared with immigration enforcement."));
        var steps = new UnorderedList(
                new ListItem("Nobody is refused for lack of proof of address: a care-of address is accepted."),
                new ListItem("Proof of identity is not insisted upon."),
                new ListItem("Immigration status is never asked."),
                new ListItem("Staff can reassure patients that their information is safe."),
                new ListItem("Interpreters are used when needed."),
                new ListItem("Welcome posters are shown in the languages of the community."),
                new ListItem("Staff are trained and there is a written inclusive registration policy."));
        add(steps);
        add(new H2("Sanctuary in Healthcare"));
        add(new Paragraph("City of Sanctuary's Sanctuary in Healthcare award recognises Safe Surgeries that go "
                + "further: they learn what it means to seek sanctuary, embed welcome in their policies, and share "
                + "what they do with others."));
        add(new H2("Find a practice or check a certificate"));
        add(new Paragraph(new Anchor("directory", "Find a Safe Surgery near you"),
                new com.vaadin.flow.component.html.Span(" — by town, postcode district or the languages its staff "
                        + "speak. A page to verify certificates is on its way.")));
        add(new Paragraph(new Anchor("statistics", "Registration statistics"),
                new com.vaadin.flow.component.html.Span(": how many people without documents Safe Surgeries register, "
                        + "by region and month (counts only, small numbers hidden).")));
        if (authentication.isAuthenticated()) {
            add(new Paragraph(new Anchor("home", "Go to your home page")));
        } else {
            add(new Paragraph(new Anchor("login", "Staff, trainers and reviewers: sign in")));
        }
    }
}
