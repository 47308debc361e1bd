package org.safesurgeries.portal.home.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.safesurgeries.portal.award.AwardReviewService;
import org.safesurgeries.portal.award.ReviewQueue;
import org.safesurgeries.portal.declaration.DeclarationService;
import org.safesurgeries.portal.practice.PracticeDetails;
import org.safesurgeries.portal.practice.PracticeService;
import org.safesurgeries.portal.security.CurrentUser;
import org.safesurgeries.portal.security.CurrentUser.SignedInUser;
import org.safesurgeries.portal.security.Role;
import org.safesurgeries.portal.shared.ui.BarChart;

/** Each role's starting point, with something real for that role and plain empty states. */
@Route("home")
@PageTitle("Home · Safe Surgery portal")
@Menu(title = "Home", order = 1, icon = "vaadin:home")
@PermitAll
class HomeView extends Div {

    private final DeclarationService declarations;
    private final AwardReviewService reviews;

    HomeView(CurrentUser currentUser, PracticeService practices, AdminCounts adminCounts,
             DeclarationService declarations, AwardReviewService reviews) {
        this.declarations = declarations;
        this.reviews = reviews;
        addClassName("portal-page");
        SignedInUser user = currentUser.require();
        add(new H1("Welcome, " + user.displayName()));
        if (user.has(Role.PRACTICE_MANAGER)) {
            add(managerSection(practices));
        }
        if (user.has(Role.ADMIN)) {
            add(adminSection(adminCounts));
        }
        if (user.has(Role.TRAINER) || user.has(Role.REVIEWER)) {
            add(networkSection(practices, user));
        }
    }

    private Div managerSection(PracticeService practices) {
        var section = new Div(new H2("Your practices"));
        var mine = practices.myPractices();
        if (mine.isEmpty()) {
            var empty = new Paragraph("You are not linked to a practice yet. Ask your administrator to add you to "
                    + "your practice.");
            empty.addClassName("portal-empty");
            section.add(empty);
            return section;
        }
        var cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        for (PracticeDetails practice : mine) {
            var card = new Div();
            card.addClassName("portal-card");
            var status = new Paragraph(practice.status().label());
            status.addClassName(practice.status() == org.safesurgeries.portal.practice.PracticeStatus.ACTIVE
                    ? "portal-status-active" : "portal-status-closed");
            int staff = practice.headcounts().total();
            card.add(new H2(practice.name()), new Paragraph("ODS code " + practice.odsCode()), status,
                    new Paragraph(declarationStanding(practice.id())),
                    new Anchor("declaration/" + practice.id(), "Safe Surgery declaration"),
                    new Paragraph(new Anchor("tally/" + practice.id(), "Registration tally"),
                            new com.vaadin.flow.component.html.Span(" · "),
                            new Anchor("checks/practice/" + practice.id(), "Mystery-shopper checks")),
                    new Paragraph(staff == 0 ? "Staff head-counts not recorded yet." : staff + " staff recorded"),
                    new Anchor("my-practice/" + practice.id(), "Details and head-counts"));
            cards.add(card);
        }
        section.add(cards);
        return section;
    }

    private String declarationStanding(long practiceId) {
        var standing = declarations.standing(practiceId);
        if (standing.reconfirmationDue()) {
            return "A Safe Surgery: your yearly reconfirmation is due.";
        }
        if (standing.isSafeSurgery()) {
            return "A Safe Surgery since " + standing.latestSigned().orElseThrow().signedOn() + ".";
        }
        if (standing.draft().isPresent()) {
            return "Declaration in progress (draft not signed yet).";
        }
        return standing.latestSigned().map(v -> "Not a Safe Surgery now: the declaration is "
                + v.status().label().toLowerCase(java.util.Locale.UK) + ".").orElse("Not declared yet.");
    }

    private Div adminSection(AdminCounts counts) {
        var figures = counts.load();
        var row = new FlexLayout(new Figure(figures.activePractices(), "active practices"),
                new Figure(figures.closedPractices(), "closed practices"),
                new Figure(figures.activeAccounts(), "active accounts"),
                new Figure(figures.queuedEmails(), "emails waiting in the outbox"),
                new Figure(figures.auditEntries(), "audit entries"));
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        var section = new Div(new H2("The portal at a glance"), row);
        if (figures.activePractices() == 0) {
            var empty = new Paragraph("No practices yet: import the NHS epraccur file to add them.");
            empty.addClassName("portal-empty");
            section.add(empty, new Anchor("admin/practices/import", "Import practices"));
        }
        return section;
    }

    private Div networkSection(PracticeService practices, SignedInUser user) {
        var counts = practices.networkCounts();
        var section = new Div(new H2("The network"));
        section.add(new Paragraph(counts.active() + " active GP practices are in the portal."));
        section.add(new BarChart("Active practices by NHS region", counts.activeByRegion()));
        if (user.has(Role.REVIEWER)) {
            int waiting = reviews.count(ReviewQueue.Filter.WITH_PANEL);
            var next = new Paragraph(waiting == 0 ? "No award applications are waiting for review."
                    : waiting + (waiting == 1 ? " award application is" : " award applications are")
                    + " waiting for review.");
            if (waiting == 0) {
                next.addClassName("portal-empty");
            }
            section.add(next, new Paragraph(new Anchor("reviews", "Open the review queue")));
        }
        if (user.has(Role.TRAINER)) {
            section.add(new Paragraph(new Anchor("training", "Record and find training sessions")),
                    new Paragraph(new Anchor("checks", "Mystery-shopper checks")));
        }
        return section;
    }
}
