package org.safesurgeries.portal.award.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.award.AwardChoices.Section;
import org.safesurgeries.portal.award.AwardCriteria;
import org.safesurgeries.portal.award.CriteriaDraft;
import org.safesurgeries.portal.award.CriteriaSet;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.TypedText;
import org.safesurgeries.portal.shared.UkCalendar;
import org.safesurgeries.portal.shared.ui.DateFormats;
import org.safesurgeries.portal.shared.ui.Feedback;
import org.safesurgeries.portal.shared.ui.FieldLimits;
import org.springframework.dao.OptimisticLockingFailureException;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

/**
 * Administrators edit a draft of the next criteria version and publish it. The draft lives only on this page until
 * published; a version once published never changes, so applications keep the version they were started under.
 */
@Route("admin/award-criteria")
@PageTitle("Award criteria · Safe Surgery portal")
@Menu(title = "Award criteria", order = 56, icon = "vaadin:clipboard-check")
@RolesAllowed(Roles.ADMIN)
class AwardCriteriaView extends Div {

    static final int MAX_CHANGE_NOTE = 500;

    private final AwardCriteria criteria;
    private final List<SectionEditor> sections = new ArrayList<>();
    private final TextArea changeNote = new TextArea("Change note (optional)");
    private final Div problems = new Div();
    private final Div conflict = new Div();
    private CriteriaSet current;

    AwardCriteriaView(AwardCriteria criteria) {
        this.criteria = criteria;
        addClassName("portal-page");
        load(criteria.current());
    }

    private void load(CriteriaSet set) {
        current = set;
        int next = set.versionNumber() + 1;
        removeAll();
        sections.clear();
        problems.removeAll();
        conflict.removeAll();
        conflict.setVisible(false);
        conflict.getElement().setAttribute("role", "alert");
        conflict.addClassNames("portal-card", "portal-error");
        var published = new Paragraph("Version " + set.versionNumber() + " is in use: published on "
                + DateFormats.DAY.format(set.publishedAt().atZone(UkCalendar.ZONE)) + " by " + set.publishedBy() + ".");
        add(new H1("Award criteria"), published);
        if (set.changeNote() != null) {
            var note = new Paragraph("What changed in version " + set.versionNumber() + ": " + set.changeNote());
            note.addClassName("portal-guidance");
            add(note);
        }
        add(new Paragraph("Below is a draft of version " + next + ", copied from version " + set.versionNumber()
                + ". Nothing is saved until you publish it. Applications already started keep the version they were "
                + "made under; applications started after you publish use version " + next + "."), conflict);

        var draft = CriteriaDraft.of(set);
        for (var section : Section.values()) {
            var editor = new SectionEditor(section, set.minimum(section), draft.criteria().stream()
                    .filter(c -> c.section() == section).toList(), next, this::number);
            sections.add(editor);
            add(editor);
        }
        number();

        changeNote.clear();
        FieldLimits.atMost(changeNote, MAX_CHANGE_NOTE);
        changeNote.setManualValidation(true);
        changeNote.setInvalid(false);
        changeNote.setHelperText("What changed and why, for applicants and reviewers. At most 500 characters.");
        changeNote.setWidthFull();
        problems.getElement().setAttribute("aria-live", "polite");
        var publish = new Button("Publish version " + next, e -> publish());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Publish"), changeNote, problems, publish);
    }

    private void number() {
        int position = 1;
        for (var section : sections) {
            position = section.number(position);
        }
    }

    private CriteriaDraft draft() {
        var minimums = new EnumMap<Section, Integer>(Section.class);
        var criteria = new ArrayList<CriteriaDraft.CriterionDraft>();
        for (var section : sections) {
            // An empty minimum is reported by the view itself; the draft must still hold a number.
            minimums.put(section.section(), section.minimumValue() == null ? 0 : section.minimumValue());
            criteria.addAll(section.drafts());
        }
        return new CriteriaDraft(minimums, criteria, changeNote.getValue());
    }

    /** Everything that stops publishing, in plain words; each field concerned is marked as well. */
    private List<String> findProblems(CriteriaDraft draft) {
        var found = new ArrayList<String>();
        for (var section : sections) {
            section.check();
            if (section.minimumValue() == null) {
                found.add(section.section().label() + ": enter the minimum number of criteria evidenced, from 0 to "
                        + SectionEditor.MAX_MINIMUM + ".");
            }
        }
        checkChangeNote();
        found.addAll(draft.problems());
        return found;
    }

    private void checkChangeNote() {
        String note = changeNote.getValue();
        String error = note.strip().length() > MAX_CHANGE_NOTE ? FieldLimits.message(MAX_CHANGE_NOTE)
                : TypedText.problemInText(note).orElse(null);
        changeNote.setErrorMessage(error);
        changeNote.setInvalid(error != null);
    }

    private void publish() {
        int next = current.versionNumber() + 1;
        var found = findProblems(draft());
        showProblems(next, found);
        if (!found.isEmpty()) {
            Feedback.refused("Version " + next + " cannot be published yet: see what needs changing above the "
                    + "Publish button.");
            return;
        }
        var dialog = new ConfirmDialog("Publish version " + next + "?", "Applications already started keep the "
                + "version they were made under. Applications started from now on use version " + next + ", and "
                + "version " + current.versionNumber() + " stays on record unchanged.", "Publish version " + next,
                e -> confirmPublish());
        dialog.setCancelable(true);
        dialog.open();
    }

    private void confirmPublish() {
        int basedOn = current.versionNumber();
        try {
            var published = criteria.publish(basedOn, draft());
            load(published);
            Feedback.done("Version " + published.versionNumber() + " of the award criteria is published.");
        } catch (OptimisticLockingFailureException e) {
            showConflict(e.getMessage());
            Feedback.refused(e.getMessage());
        } catch (IllegalArgumentException e) {
            showProblems(basedOn + 1, List.of(e.getMessage()));
            Feedback.refused(e.getMessage());
        }
    }

    private void showProblems(int next, List<String> found) {
        problems.removeAll();
        if (found.isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        found.forEach(p -> list.add(new ListItem(p)));
        var intro = new Paragraph("Version " + next + " cannot be published until these are put right:");
        intro.addClassName("portal-error");
        problems.add(intro, list);
        problems.getElement().callJsFunction("scrollIntoView");
    }

    // Someone else published meanwhile: the draft stays on the page so nothing typed is lost.
    private void showConflict(String message) {
        conflict.removeAll();
        var restart = new Button("Discard my draft and open the latest version", e -> {
            var dialog = new ConfirmDialog("Discard your draft?", "Everything you changed on this page will be lost, "
                    + "and the page will show the version published most recently.", "Discard draft",
                    confirmed -> load(criteria.current()));
            dialog.setConfirmButtonTheme("error primary");
            dialog.setCancelable(true);
            dialog.open();
        });
        restart.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        conflict.add(new Paragraph(message), new Paragraph("Your draft is still below. Copy anything you want to "
                + "keep, then open the latest version and make your changes to it."), restart);
        conflict.setVisible(true);
        conflict.getElement().callJsFunction("scrollIntoView");
    }
}
