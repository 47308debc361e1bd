package org.safesurgeries.portal.directory.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.safesurgeries.portal.directory.DirectoryEntry;
import org.safesurgeries.portal.directory.DirectorySearch;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/** A Safe Surgery's public page: its commitments, languages, how to register and since when. */
@Route("directory/:odsCode")
@AnonymousAllowed
class PracticePublicView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final DirectorySearch search;
    private String title = "Safe Surgery";

    PracticePublicView(DirectorySearch search) {
        this.search = search;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = event.getRouteParameters().get("odsCode").orElse("").toUpperCase(Locale.ROOT);
        search.byOdsCode(code).ifPresentOrElse(this::show, () -> {
            title = "Not found";
            add(new H1("This practice is not in the Safe Surgery directory"),
                    new Paragraph("It may have withdrawn, or its declaration may need renewing. You can still "
                            + "register with any GP practice without ID or proof of address."),
                    new Paragraph(new Anchor("directory", "Search the directory")));
        });
    }

    private void show(DirectoryEntry e) {
        title = e.name() + " · Safe Surgery";
        add(new H1(e.name()));
        if (e.surgeryOfSanctuary()) {
            add(SanctuaryBadge.of(e));
        }
        add(new Paragraph("A Safe Surgery since " + DATE.format(e.safeSurgerySince()) + ". You can register here "
                + "without ID, proof of address or immigration status, and your information is safe."));
        var address = new UnorderedList();
        e.address().forEach(line -> address.add(new ListItem(line)));
        if (e.town() != null) {
            address.add(new ListItem(e.town()));
        }
        if (e.postcode() != null) {
            address.add(new ListItem(e.postcode()));
        }
        add(new H2("Where"), address);
        if (e.telephone() != null) {
            add(new Paragraph(new com.vaadin.flow.component.html.Span("Telephone: "),
                    new Anchor("tel:" + e.telephone().replace(" ", ""), e.telephone())));
        }
        add(new H2("How to register"), new Paragraph(String.join(", ", e.waysToRegister()) + "."),
                new Paragraph(e.careOfAddressAccepted()
                        ? "No fixed address? You can use a care-of address, such as a friend's, a day centre or the "
                        + "practice itself."
                        : "Ask the practice about registering without a fixed address."));
        add(new H2("Languages"), new Paragraph(e.languages().isEmpty() ? "Ask the practice."
                : "Staff speak " + e.languages().stream().map(DirectoryEntry.Language::name)
                .collect(Collectors.joining(", ")) + "."),
                new Paragraph(e.interpreterAccess() == null ? "" : "Interpreters: " + e.interpreterAccess() + "."));
        var commitments = new UnorderedList();
        e.commitments().forEach(c -> commitments.add(new ListItem(c.title() + ": " + c.status().toLowerCase(Locale.UK))));
        add(new H2("The practice's commitments"), commitments,
                new Paragraph("Last confirmed " + DATE.format(e.lastConfirmed()) + ". ODS code " + e.odsCode() + "."),
                new Paragraph(new Anchor("directory", "Back to the directory")));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
