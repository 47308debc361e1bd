package org.safesurgeries.portal.award.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.award.ApplicationDetails;
import org.safesurgeries.portal.award.AssessmentService;
import org.safesurgeries.portal.award.AwardApplicationService;
import org.safesurgeries.portal.award.AwardChoices.ApplicationStatus;
import org.safesurgeries.portal.award.AwardChoices.Section;
import org.safesurgeries.portal.award.EvidenceService;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.UkCalendar;
import org.safesurgeries.portal.shared.ui.DateFormats;
import org.safesurgeries.portal.shared.ui.Feedback;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

/**
 * The practice's application: progress, the panel's feedback, each section's criteria with narratives and
 * evidence, then the accuracy declaration and submission. Read-only once it is with the panel.
 */
@Route("award/application/:applicationId")
@RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
class ApplicationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AwardApplicationService applications;
    private final EvidenceService evidence;
    private final AssessmentService assessments;
    private final ProgressSummary progress = new ProgressSummary();
    private ApplicationDetails details;

    ApplicationView(AwardApplicationService applications, EvidenceService evidence, AssessmentService assessments) {
        this.applications = applications;
        this.evidence = evidence;
        this.assessments = assessments;
        addClassName("portal-page");
    }

    static String path(long applicationId) {
        return "award/application/" + applicationId;
    }

    @Override
    public String getPageTitle() {
        return "Award application · Safe Surgery portal";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            long id = Long.parseLong(event.getRouteParameters().get("applicationId").orElse(""));
            details = applications.application(id);
            show();
        } catch (NumberFormatException | AccessDeniedException e) {
            removeAll();
            add(new H1("Award application"), new Paragraph("You do not have access to this application."));
        }
    }

    private void show() {
        var status = new Span(details.status().label());
        status.addClassNames("portal-badge", "portal-badge-todo");
        status.setId("application-status");
        add(new H1((details.renewalOfAwardId() == null ? "Award application: " : "Award renewal: ")
                        + details.practiceLabel()),
                new Paragraph(status, new Span(" Started " + DateFormats.DAY.format(details.startedAt()
                        .atZone(UkCalendar.ZONE)) + (details.round() > 1 ? "; round " + details.round() : "")
                        + ". Criteria version " + details.criteria().versionNumber() + ".")),
                new Paragraph(new Anchor("award/" + details.practiceId(), "Back to the award page")));
        var feedback = assessments.feedback(details.id());
        if (!feedback.isEmpty()) {
            add(new H2("What the panel said"), new FeedbackPanel(details.criteria(), feedback));
        }
        progress.show(details.progress());
        add(progress);
        boolean editable = details.status().editableByPractice();
        if (!editable) {
            add(new Paragraph(details.status().isOpen() ? "The application is with the review panel; it cannot be "
                    + "changed now. You will be told when there is a decision."
                    : "This application is closed."));
        }
        var earlier = editable && details.renewalOfAwardId() != null ? evidence.earlierEvidence(details.id())
                : List.<ApplicationDetails.Evidence>of();
        for (var section : Section.values()) {
            add(new H2(section.label() + " (at least " + details.criteria().minimum(section) + ")"),
                    new Paragraph(section.purpose()));
            for (var criterion : details.criteria().of(section)) {
                add(editable ? new CriterionEditor(applications, evidence, details, criterion, earlier, this::refresh)
                        : new CriterionReadOnly(evidence, details, criterion, false));
            }
        }
        if (editable) {
            add(submitArea());
        }
        if (details.status().isOpen()) {
            var withdraw = new Button("Withdraw the application", e -> confirmWithdraw());
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(withdraw);
        }
    }

    private void refresh() {
        details = applications.application(details.id());
        progress.show(details.progress());
    }

    private Div submitArea() {
        var accurate = new Checkbox("I confirm that this application is accurate, and that it holds no information "
                + "that identifies a patient.");
        accurate.setId("accuracy-declaration");
        var submit = new Button(details.status() == ApplicationStatus.CHANGES_REQUESTED
                ? "Resubmit to the panel" : "Submit to the panel", e -> {
            refresh();
            var missing = details.progress().incomplete();
            if (!missing.isEmpty()) {
                Feedback.refused("Not yet complete: " + String.join("; ", missing) + ".");
                return;
            }
            if (!accurate.getValue()) {
                accurate.setInvalid(true);
                accurate.setErrorMessage("Please confirm before submitting.");
                return;
            }
            confirmSubmit();
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("submit-application");
        var area = new Div(new H2("Submit"), new Paragraph("Once submitted, the application goes to City of "
                + "Sanctuary's review panel and cannot be changed unless the panel asks for changes."), accurate,
                submit);
        area.addClassName("portal-card");
        return area;
    }

    private void confirmSubmit() {
        var dialog = new ConfirmDialog("Submit the application?", "The review panel will assess it against the "
                + "criteria. You can withdraw it until there is a decision.", "Submit", e -> {
            if (Feedback.attempt(() -> details = applications.submit(details.id(), details.version(), true))) {
                Feedback.done("Submitted. The panel will review it; the target is a decision within 30 days.");
                UI.getCurrent().getPage().reload();
            }
        });
        dialog.setCancelable(true);
        dialog.open();
    }

    private void confirmWithdraw() {
        var dialog = new ConfirmDialog("Withdraw the application?", "It will be closed and the panel will stop "
                + "reviewing it. You can start a new application later.", "Withdraw", e -> {
            if (Feedback.attempt(() -> details = applications.withdraw(details.id(), details.version()))) {
                Feedback.done("The application was withdrawn.");
                UI.getCurrent().getPage().reload();
            }
        });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.open();
    }
}
