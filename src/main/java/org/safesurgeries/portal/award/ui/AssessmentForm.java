package org.safesurgeries.portal.award.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.safesurgeries.portal.award.ApplicationDetails;
import org.safesurgeries.portal.award.AssessmentService;
import org.safesurgeries.portal.award.AwardChoices.Rating;
import org.safesurgeries.portal.award.ReviewRecords.AssessmentView;
import org.safesurgeries.portal.award.ReviewRecords.RatingInput;
import org.safesurgeries.portal.award.domain.Assessment;
import org.safesurgeries.portal.shared.ui.Feedback;
import org.safesurgeries.portal.shared.ui.FieldLimits;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reviewer's assessment: for each criterion a rating, a comment the practice will read and a private note for
 * the panel. Saved as a draft, then submitted once (after which the others' assessments open).
 */
class AssessmentForm extends Div {

    private record Fields(RadioButtonGroup<Rating> rating, TextArea comment, TextArea note) {
    }

    private final Map<Long, Fields> fields = new LinkedHashMap<>();

    AssessmentForm(AssessmentService assessments, ApplicationDetails details, AssessmentView mine, Runnable reload) {
        addClassName("portal-card");
        if (mine.submitted()) {
            add(new Paragraph("You submitted your assessment; it is shown with the panel's below."));
            return;
        }
        for (var criterion : details.criteria().criteria()) {
            var saved = mine.ratings().get(criterion.id());
            var rating = new RadioButtonGroup<Rating>(criterion.title());
            rating.setItems(Rating.values());
            rating.setItemLabelGenerator(Rating::label);
            var comment = new TextArea("Comment for the practice");
            FieldLimits.atMost(comment, Assessment.MAX_TEXT);
            comment.setWidthFull();
            var note = new TextArea("Private note for the panel (never shown to the practice)");
            FieldLimits.atMost(note, Assessment.MAX_TEXT);
            note.setWidthFull();
            if (saved != null) {
                rating.setValue(saved.rating());
                comment.setValue(saved.commentForPractice() == null ? "" : saved.commentForPractice());
                note.setValue(saved.privateNote() == null ? "" : saved.privateNote());
            }
            fields.put(criterion.id(), new Fields(rating, comment, note));
            add(new H3(criterion.section().label() + ": " + criterion.title()), rating, comment, note);
        }
        var save = new Button("Save draft", e -> {
            if (Feedback.attempt(() -> assessments.save(details.id(), mine.version(), ratings(), false))) {
                Feedback.done("Your assessment is saved as a draft.");
                reload.run();
            }
        });
        var submit = new Button("Submit assessment", e -> {
            var dialog = new ConfirmDialog("Submit your assessment?", "You cannot change it afterwards. You will then "
                    + "see the other panel members' assessments.", "Submit", ok -> {
                if (Feedback.attempt(() -> assessments.save(details.id(), mine.version(), ratings(), true))) {
                    Feedback.done("Your assessment is submitted.");
                    reload.run();
                }
            });
            dialog.setCancelable(true);
            dialog.open();
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("submit-assessment");
        add(new Div(save, submit));
    }

    private Map<Long, RatingInput> ratings() {
        var ratings = new HashMap<Long, RatingInput>();
        fields.forEach((id, f) -> ratings.put(id, new RatingInput(f.rating().getValue(), f.comment().getValue(),
                f.note().getValue())));
        return ratings;
    }
}
