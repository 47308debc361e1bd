package org.safesurgeries.portal.registrationaudit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.Scenario;
import org.safesurgeries.portal.registrationaudit.CheckRecord;
import org.safesurgeries.portal.registrationaudit.MysteryShopping;
import org.safesurgeries.portal.security.CurrentUser;
import org.safesurgeries.portal.security.Role;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.ui.DateFormats;
import org.safesurgeries.portal.shared.ui.Feedback;
import org.safesurgeries.portal.shared.ui.FieldLimits;
import org.springframework.security.access.AccessDeniedException;

import java.util.stream.Collectors;

/** The checks made on one practice; the practice responds to them here. */
@Route("checks/practice/:practiceId")
@PageTitle("Checks on a practice · Safe Surgery portal")
@RolesAllowed({Roles.PRACTICE_MANAGER, Roles.TRAINER, Roles.REVIEWER, Roles.ADMIN})
class PracticeChecksView extends Div implements BeforeEnterObserver {

    private final MysteryShopping shopping;
    private final CurrentUser currentUser;
    private long practiceId;

    PracticeChecksView(MysteryShopping shopping, CurrentUser currentUser) {
        this.shopping = shopping;
        this.currentUser = currentUser;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            practiceId = Long.parseLong(event.getRouteParameters().get("practiceId").orElse(""));
            show();
        } catch (NumberFormatException | AccessDeniedException e) {
            removeAll();
            add(new H1("Mystery-shopper checks"), new Paragraph("You do not have access to this practice."));
        }
    }

    private void show() {
        removeAll();
        var checks = shopping.checksOf(practiceId);
        add(new H1("Mystery-shopper checks" + (checks.isEmpty() ? "" : ": " + checks.getFirst().practiceName())));
        var user = currentUser.require();
        boolean practiceView = !user.readsEveryPractice();
        if (!practiceView && shopping.needsFollowUp(practiceId)) {
            var flag = new Paragraph("Needs follow-up: a failed check has not been followed by a passing one.");
            flag.addClassName("portal-error");
            flag.getElement().setAttribute("role", "status");
            add(flag);
        }
        if (checks.isEmpty()) {
            var none = new Paragraph("No checks have been recorded for this practice.");
            none.addClassName("portal-empty");
            add(none);
        }
        checks.forEach(check -> add(card(check, practiceView || user.has(Role.ADMIN))));
    }

    private Div card(CheckRecord check, boolean mayRespond) {
        var card = new Div();
        card.addClassName("portal-card");
        card.getStyle().set("margin-bottom", "var(--lumo-space-m)");
        var r = check.report();
        card.add(new H2(DateFormats.DAY.format(r.checkedOn()) + " · " + r.channel().label() + " · "
                        + r.outcome().label()),
                new Paragraph("Test persona: " + r.scenario().stream().map(Scenario::label).sorted()
                        .collect(Collectors.joining(", ")) + "."));
        if (r.notes() != null) {
            card.add(new Paragraph("Notes: " + r.notes()));
        }
        if (check.practiceResponse() != null) {
            card.add(new Paragraph("The practice's response (" + DateFormats.DAY.format(check.respondedOn()) + "): "
                    + check.practiceResponse()));
        } else if (mayRespond) {
            var response = new TextArea("Your response");
            response.setWidthFull();
            FieldLimits.atMost(response, 1000);
            response.setHelperText("What the practice has done about it. Never anything about a patient.");
            card.add(response, new Button("Send response", e -> {
                if (Feedback.attempt(() -> shopping.respond(check.id(), response.getValue()))) {
                    Feedback.done("Response saved.");
                    show();
                }
            }));
        }
        return card;
    }
}
