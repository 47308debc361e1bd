package org.safesurgeries.portal.award.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.award.AwardApplicationService;
import org.safesurgeries.portal.award.AwardApplicationService.ApplicationSummary;
import org.safesurgeries.portal.award.AwardService;
import org.safesurgeries.portal.award.AwardService.AwardSummary;
import org.safesurgeries.portal.award.Eligibility;
import org.safesurgeries.portal.practice.PracticePages;
import org.safesurgeries.portal.practice.PracticeService;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.UkCalendar;
import org.safesurgeries.portal.shared.ui.DateFormats;
import org.safesurgeries.portal.shared.ui.Feedback;

import java.util.List;

/**
 * A practice's Sanctuary in Healthcare award: its award if it holds one, whether it can apply (each condition
 * explained), and its applications.
 */
@Route("award/:practiceId?")
@PageTitle("Sanctuary in Healthcare award · Safe Surgery portal")
@Menu(title = "Sanctuary award", order = 16, icon = "vaadin:diploma")
@RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
class AwardView extends Div implements BeforeEnterObserver {

    private final AwardApplicationService applications;
    private final AwardService awards;
    private final PracticeService practices;

    AwardView(AwardApplicationService applications, AwardService awards, PracticeService practices) {
        this.applications = applications;
        this.awards = awards;
        this.practices = practices;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PracticePages.open(event, practices, AwardView.class, this, "Sanctuary in Healthcare award", practiceId -> {
            var practice = practices.get(practiceId);
            var list = applications.applicationsOf(practiceId);
            var held = awards.awardsOf(practiceId);
            add(new H1("Sanctuary in Healthcare award: " + practice.name()),
                    new Paragraph("City of Sanctuary's award recognises practices that learn what it means to seek "
                            + "sanctuary, embed welcome in how they work, and share it with others. It lasts three "
                            + "years."));
            held.stream().findFirst().ifPresent(award -> add(new H2("Your award"), award(award)));
            var open = list.stream().filter(a -> a.status().isOpen()).findFirst();
            if (open.isPresent()) {
                add(new H2("Your application"), new Paragraph(new Anchor(ApplicationView.path(open.get().id()),
                        "Continue your application (" + open.get().status().label().toLowerCase() + ")")));
            } else if (held.isEmpty() || held.getFirst().renewableNow() || !held.getFirst().standing().current()) {
                add(new H2("Can you apply?"), eligibility(practiceId, !held.isEmpty()
                        && held.getFirst().standing() != org.safesurgeries.portal.award.AwardChoices.AwardStanding.REVOKED));
            } else {
                add(new Paragraph("You can start your renewal from "
                        + DateFormats.DAY.format(held.getFirst().renewableFrom()) + ", six months before the award "
                        + "expires."));
            }
            add(new H2("Applications"), history(list));
        });
    }

    private static Div award(AwardSummary award) {
        var badge = new Span(award.standing().label());
        badge.addClassNames("portal-badge", award.standing().current() ? "portal-badge-sanctuary" : "portal-badge-todo");
        var card = new Div(badge, new Paragraph("Awarded on " + DateFormats.DAY.format(award.awardedOn())
                + "; valid until " + DateFormats.DAY.format(award.expiresOn()) + "."));
        if (award.statusReason() != null) {
            card.add(new Paragraph("Reason given by the panel: " + award.statusReason()));
        }
        card.addClassName("portal-card");
        return card;
    }

    private Div eligibility(long practiceId, boolean renewal) {
        Eligibility check = applications.eligibility(practiceId);
        var list = new UnorderedList();
        for (var condition : check.conditions()) {
            var mark = new Span(condition.met() ? "Met" : "Not met yet");
            mark.addClassNames("portal-badge", condition.met() ? "portal-badge-done" : "portal-badge-todo");
            list.add(new ListItem(mark, new Span(" " + condition.title() + ". " + condition.explanation())));
        }
        var box = new Div(list);
        if (check.eligible()) {
            var start = new Button(renewal ? "Start your renewal" : "Start an application", e -> confirmStart(practiceId, renewal));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setId("start-application");
            box.add(start);
        } else {
            box.add(new Paragraph("You can start an application once every condition is met."));
        }
        return box;
    }

    private void confirmStart(long practiceId, boolean renewal) {
        var dialog = new ConfirmDialog(renewal ? "Start your renewal?" : "Start an application?",
                (renewal ? "Your narratives from the application that won the award are copied in; you can re-attach "
                        + "its evidence files. " : "")
                        + "Your draft saves as you type and nobody outside your practice sees it until you submit it.",
                "Start", e -> {
            if (Feedback.attempt(() -> {
                var started = applications.start(practiceId);
                UI.getCurrent().navigate(ApplicationView.class,
                        new RouteParameters("applicationId", Long.toString(started.id())));
            })) {
                Feedback.done("Application started.");
            }
        });
        dialog.setCancelable(true);
        dialog.open();
    }

    private static Div history(List<ApplicationSummary> list) {
        if (list.isEmpty()) {
            var empty = new Paragraph("No applications yet.");
            empty.addClassName("portal-empty");
            return new Div(empty);
        }
        var items = new UnorderedList();
        for (var a : list) {
            items.add(new ListItem(new Anchor(ApplicationView.path(a.id()), (a.renewal() ? "Renewal" : "Application")
                    + " started " + DateFormats.DAY.format(a.startedAt().atZone(UkCalendar.ZONE)) + ": " + a.status().label()
                    + (a.round() > 1 ? " (round " + a.round() + ")" : ""))));
        }
        return new Div(items);
    }
}
