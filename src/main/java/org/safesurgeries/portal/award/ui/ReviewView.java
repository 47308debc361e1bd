package org.safesurgeries.portal.award.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.award.AssessmentService;
import org.safesurgeries.portal.award.AwardApplicationService;
import org.safesurgeries.portal.award.AwardChoices.ApplicationStatus;
import org.safesurgeries.portal.award.AwardChoices.Section;
import org.safesurgeries.portal.award.AwardReviewService;
import org.safesurgeries.portal.award.DecisionService;
import org.safesurgeries.portal.award.EvidenceService;
import org.safesurgeries.portal.award.PanelMembers.PanelView;
import org.safesurgeries.portal.security.CurrentUser;
import org.safesurgeries.portal.security.Role;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.ui.Feedback;
import org.springframework.security.access.AccessDeniedException;

/**
 * One application for the panel. A reviewer first declares a conflict of interest or none; only then do they see
 * the narratives and evidence, join the panel, assess, and (a lead) decide.
 */
@Route("reviews/:applicationId")
@RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
class ReviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AwardReviewService reviews;
    private final AwardApplicationService applications;
    private final AssessmentService assessments;
    private final DecisionService decisions;
    private final EvidenceService evidence;
    private final CurrentUser currentUser;

    ReviewView(AwardReviewService reviews, AwardApplicationService applications, AssessmentService assessments,
               DecisionService decisions, EvidenceService evidence, CurrentUser currentUser) {
        this.reviews = reviews;
        this.applications = applications;
        this.assessments = assessments;
        this.decisions = decisions;
        this.evidence = evidence;
        this.currentUser = currentUser;
        addClassName("portal-page");
    }

    static String path(long applicationId) {
        return "reviews/" + applicationId;
    }

    @Override
    public String getPageTitle() {
        return "Award review · Safe Surgery portal";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            long id = Long.parseLong(event.getRouteParameters().get("applicationId").orElse(""));
            var panel = reviews.panel(id);
            if (panel.status() == ApplicationStatus.DRAFT) {
                throw new AccessDeniedException("draft");
            }
            show(panel);
        } catch (NumberFormatException | AccessDeniedException e) {
            removeAll();
            add(new H1("Award review"), new Paragraph("You do not have access to this application."));
        }
    }

    private void show(PanelView panel) {
        add(new H1("Review: " + panel.practiceLabel()), new Paragraph(new Anchor("reviews", "Back to the queue")));
        boolean admin = currentUser.require().has(Role.ADMIN);
        boolean reviewer = currentUser.require().has(Role.REVIEWER);
        if (reviewer && panel.myConflict().isEmpty() && !admin) {
            add(conflictDeclaration(panel));
            return;
        }
        if (panel.myConflict().orElse(false)) {
            add(new Paragraph("You declared a conflict of interest with this application, so you cannot see it or "
                    + "take part in its review."));
            return;
        }
        var details = applications.application(panel.applicationId());
        add(new H2("Panel"), new PanelCard(reviews, panel, reviewer, this::reload));
        var feedback = assessments.feedback(details.id());
        if (!feedback.isEmpty()) {
            add(new H2("Earlier decisions"), new FeedbackPanel(details.criteria(), feedback));
        }
        add(new H2("The application (" + details.status().label().toLowerCase() + ", round " + details.round() + ")"));
        for (var section : Section.values()) {
            add(new H2(section.label() + " (at least " + details.criteria().minimum(section) + " evidenced)"));
            details.criteria().of(section).forEach(c -> add(new CriterionReadOnly(evidence, details, c, true)));
        }
        var visible = assessments.assessments(details.id());
        if (panel.iAmMember() && details.status() == ApplicationStatus.UNDER_REVIEW) {
            add(new H2("Your assessment"), new AssessmentForm(assessments, details, visible.mine(), this::reload));
        }
        add(new H2("The panel's assessments"), new PanelAssessmentsView(details.criteria(), visible));
        if (panel.iAmLead() && details.status() == ApplicationStatus.UNDER_REVIEW) {
            add(new H2("Decision"), new DecisionForm(decisions, details, this::reload));
        }
    }

    private Div conflictDeclaration(PanelView panel) {
        var none = new Button("I have no conflict of interest", e -> {
            if (Feedback.attempt(() -> reviews.declare(panel.applicationId(), false))) {
                reload();
            }
        });
        none.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        none.setId("declare-no-conflict");
        var conflict = new Button("I have a conflict of interest", e -> {
            var dialog = new ConfirmDialog("Declare a conflict of interest?", "You will not see this application "
                    + "or take part in its review. This cannot be undone.", "Declare the conflict", ok -> {
                if (Feedback.attempt(() -> reviews.declare(panel.applicationId(), true))) {
                    reload();
                }
            });
            dialog.setCancelable(true);
            dialog.open();
        });
        conflict.setId("declare-conflict");
        var card = new Div(new H2("Before you read the application"), new Paragraph("Declare whether you have a "
                + "conflict of interest: you work with, or for, this practice or its partners; you have a personal "
                + "or financial link to its staff; or anything else that could make people doubt your judgement."),
                none, conflict);
        card.addClassName("portal-card");
        return card;
    }

    private void reload() {
        UI.getCurrent().getPage().reload();
    }
}
