package org.safesurgeries.portal.declaration.ui;

import org.safesurgeries.portal.shared.ui.Feedback;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.declaration.DeclarationService;
import org.safesurgeries.portal.practice.PracticePages;
import org.safesurgeries.portal.practice.PracticeService;
import org.safesurgeries.portal.security.Roles;

/** A practice manager's Safe Surgery declaration: draft and sign it, reconfirm it yearly, change or withdraw it. */
@Route("declaration/:practiceId?")
@PageTitle("Safe Surgery declaration · Safe Surgery portal")
@Menu(title = "Safe Surgery declaration", order = 11, icon = "vaadin:handshake")
@RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
class DeclarationView extends Div implements BeforeEnterObserver {

    private final DeclarationService declarations;
    private final PracticeService practices;
    private long practiceId;

    DeclarationView(DeclarationService declarations, PracticeService practices) {
        this.declarations = declarations;
        this.practices = practices;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PracticePages.open(event, practices, DeclarationView.class, this, "Safe Surgery declaration", id -> {
            practiceId = id;
            show();
        });
    }

    private void show() {
        removeAll();
        var practice = practices.get(practiceId);
        var standing = declarations.standing(practiceId);
        add(new H1("Safe Surgery declaration: " + practice.name()));
        add(new Anchor("declaration/" + practiceId + "/history", "All versions and what changed"));
        if (standing.reconfirmationDue() && standing.draft().isEmpty()) {
            add(reconfirmationPrompt());
        }
        if (standing.draft().isPresent()) {
            add(new Paragraph("You are preparing version " + standing.draft().get().versionNumber()
                    + ". It becomes your declaration when you sign it."));
            add(new DeclarationForm(declarations, standing.draft().get(), this::show));
            return;
        }
        standing.latestSigned().ifPresentOrElse(signed -> {
            add(new SignedDeclarationPanel(signed));
            var change = new Button(signed.isCurrent() ? "Change (starts a new version)" : "Declare again",
                    e -> { declarations.openDraft(practiceId); show(); });
            var actions = new HorizontalLayout(change);
            if (signed.isCurrent()) {
                var withdraw = new Button("Withdraw the declaration…", e -> confirmWithdraw());
                withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                actions.add(withdraw);
            }
            add(actions);
        }, () -> {
            add(new Paragraph("The practice has not declared itself a Safe Surgery yet. Start with the seven steps; "
                    + "you can save a draft and come back."));
            var start = new Button("Start the declaration", e -> { declarations.openDraft(practiceId); show(); });
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(start);
        });
    }

    private Div reconfirmationPrompt() {
        var prompt = new Div();
        prompt.addClassName("portal-card");
        prompt.getElement().setAttribute("role", "region");
        prompt.getElement().setAttribute("aria-label", "Yearly reconfirmation");
        var still = new Button("Yes, it is all still true", e -> {
            if (Feedback.attempt(() -> declarations.reconfirm(practiceId))) {
                Feedback.done("Thank you: your declaration is confirmed for another year.");
                show();
            }
        });
        still.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var changed = new Button("Something changed: edit", e -> { declarations.openDraft(practiceId); show(); });
        prompt.add(new Paragraph("It has been a year since the declaration was last confirmed. Is everything in it "
                + "still true? Without confirmation it lapses 15 months after the last one."),
                new HorizontalLayout(still, changed));
        return prompt;
    }

    private void confirmWithdraw() {
        new WithdrawDialog(declarations, practiceId, this::show).open();
    }
}
