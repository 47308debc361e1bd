package org.safesurgeries.portal.award.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.safesurgeries.portal.award.AwardChoices.Section;
import org.safesurgeries.portal.award.CriteriaDraft;
import org.safesurgeries.portal.award.CriteriaDraft.CriterionDraft;
import org.safesurgeries.portal.shared.TypedText;
import org.safesurgeries.portal.shared.ui.FieldLimits;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One criterion of the draft: its title and guidance for applicants and for reviewers, with buttons to move it within
 * its section or remove it. A criterion carried over keeps its code, so renewals can carry narratives over.
 */
class CriterionCard extends Div {

    private static final AtomicLong IDS = new AtomicLong();

    private final String code;
    private final Section section;
    private final H3 heading = new H3();
    final TextField title = new TextField("Title");
    final TextArea applicantGuidance = new TextArea("Guidance for applicants");
    final TextArea reviewerGuidance = new TextArea("Guidance for reviewers");
    final Button up = new Button("Move up", VaadinIcon.ARROW_UP.create());
    final Button down = new Button("Move down", VaadinIcon.ARROW_DOWN.create());
    final Button remove = new Button("Remove", VaadinIcon.TRASH.create());

    CriterionCard(CriterionDraft draft, int nextVersion, Consumer<CriterionCard> moveUp,
                  Consumer<CriterionCard> moveDown, Consumer<CriterionCard> removed) {
        this.code = draft.code();
        this.section = draft.section();
        addClassName("portal-card");
        // A named group, so that "Title" is read out with the criterion it belongs to.
        heading.setId("criterion-" + IDS.incrementAndGet());
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        getStyle().set("margin-bottom", "var(--lumo-space-m)");

        FieldLimits.atMost(title, CriteriaDraft.MAX_TITLE);
        title.setHelperText("At most " + CriteriaDraft.MAX_TITLE + " characters.");
        FieldLimits.atMost(applicantGuidance, CriteriaDraft.MAX_GUIDANCE);
        applicantGuidance.setHelperText("What the practice should tell us and attach. At most 2,000 characters.");
        FieldLimits.atMost(reviewerGuidance, CriteriaDraft.MAX_GUIDANCE);
        reviewerGuidance.setHelperText("What reviewers look for. Applicants do not see this. At most 2,000 characters.");
        title.setValue(draft.title() == null ? "" : draft.title());
        applicantGuidance.setValue(draft.applicantGuidance() == null ? "" : draft.applicantGuidance());
        reviewerGuidance.setValue(draft.reviewerGuidance() == null ? "" : draft.reviewerGuidance());
        for (var field : new HasValidation[] {title, applicantGuidance, reviewerGuidance}) {
            field.setManualValidation(true);
        }
        title.setRequiredIndicatorVisible(true);
        applicantGuidance.setRequiredIndicatorVisible(true);
        reviewerGuidance.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        applicantGuidance.setWidthFull();
        reviewerGuidance.setWidthFull();
        // Once marked, a field is checked again as it changes, so the error goes as soon as it is fixed.
        title.addValueChangeListener(e -> {
            if (title.isInvalid()) {
                checkTitle();
            }
        });
        applicantGuidance.addValueChangeListener(e -> {
            if (applicantGuidance.isInvalid()) {
                checkApplicantGuidance();
            }
        });
        reviewerGuidance.addValueChangeListener(e -> {
            if (reviewerGuidance.isInvalid()) {
                checkReviewerGuidance();
            }
        });

        up.addClickListener(e -> moveUp.accept(this));
        down.addClickListener(e -> moveDown.accept(this));
        remove.addClickListener(e -> confirmRemove(nextVersion, removed));
        for (var button : new Button[] {up, down, remove}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(heading, title, applicantGuidance, reviewerGuidance, new HorizontalLayout(up, down, remove));
    }

    Section section() {
        return section;
    }

    CriterionDraft draft() {
        return new CriterionDraft(code, section, title.getValue(), applicantGuidance.getValue(),
                reviewerGuidance.getValue());
    }

    /** Shows its place in the draft, the same number the list of problems uses. */
    void number(int position, boolean first, boolean last) {
        heading.setText("Criterion " + position);
        up.setEnabled(!first);
        down.setEnabled(!last);
        String which = "criterion " + position;
        up.setAriaLabel("Move " + which + " up");
        down.setAriaLabel("Move " + which + " down");
        remove.setAriaLabel("Remove " + which);
    }

    /** Marks each field that stops publishing; true when none does. */
    boolean check() {
        return checkTitle() & checkApplicantGuidance() & checkReviewerGuidance();
    }

    private boolean checkTitle() {
        return mark(title, title.getValue(), CriteriaDraft.MAX_TITLE, "Enter a title.", TypedText::problemInLine);
    }

    private boolean checkApplicantGuidance() {
        return mark(applicantGuidance, applicantGuidance.getValue(), CriteriaDraft.MAX_GUIDANCE,
                "Enter guidance for applicants.", TypedText::problemInText);
    }

    private boolean checkReviewerGuidance() {
        return mark(reviewerGuidance, reviewerGuidance.getValue(), CriteriaDraft.MAX_GUIDANCE,
                "Enter guidance for reviewers.", TypedText::problemInText);
    }

    // The same rules as CriteriaDraft.problems, so that the field concerned is marked, not only the list.
    private static boolean mark(HasValidation field, String value, int max, String whenBlank,
                                Function<String, Optional<String>> typedText) {
        String error = value == null || value.isBlank() ? whenBlank
                : value.strip().length() > max ? FieldLimits.message(max) : typedText.apply(value).orElse(null);
        field.setErrorMessage(error);
        field.setInvalid(error != null);
        return error == null;
    }

    private void confirmRemove(int nextVersion, Consumer<CriterionCard> removed) {
        String name = title.getValue().isBlank() ? "this criterion" : "“" + title.getValue().strip() + "”";
        var dialog = new ConfirmDialog("Remove this criterion?", "Version " + nextVersion + " will not include "
                + name + ". The versions already published keep it, and so do applications made under them.",
                "Remove", e -> removed.accept(this));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.open();
    }
}
