package org.safesurgeries.portal.award.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.UploadHandler;
import org.safesurgeries.portal.award.ApplicationDetails;
import org.safesurgeries.portal.award.ApplicationDetails.Evidence;
import org.safesurgeries.portal.award.AwardApplicationService;
import org.safesurgeries.portal.award.CriteriaSet.Criterion;
import org.safesurgeries.portal.award.EvidenceFiles;
import org.safesurgeries.portal.award.EvidenceRefused;
import org.safesurgeries.portal.award.EvidenceService;
import org.safesurgeries.portal.award.domain.Response;
import org.safesurgeries.portal.shared.TypedText;
import org.safesurgeries.portal.shared.UkCalendar;
import org.safesurgeries.portal.shared.ui.Feedback;
import org.safesurgeries.portal.shared.ui.FieldLimits;
import org.springframework.dao.OptimisticLockingFailureException;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One criterion of the practice's application: its guidance, the narrative (saved as the person types, never with
 * patient data), and its evidence files (upload, download, remove, or re-attach from the award being renewed).
 */
class CriterionEditor extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(UkCalendar.ZONE);

    private final AwardApplicationService applications;
    private final EvidenceService evidence;
    private final long applicationId;
    private final Criterion criterion;
    private final Runnable changed;
    private final TextArea narrative = new TextArea("What your practice does");
    private final Span saveState = new Span();
    private final UnorderedList files = new UnorderedList();
    private final Paragraph fileProblem = new Paragraph();
    private long narrativeVersion;

    CriterionEditor(AwardApplicationService applications, EvidenceService evidence, ApplicationDetails details,
                    Criterion criterion, List<Evidence> earlier, Runnable changed) {
        this.applications = applications;
        this.evidence = evidence;
        this.applicationId = details.id();
        this.criterion = criterion;
        this.changed = changed;
        addClassName("portal-card");
        var guidance = new Paragraph(criterion.applicantGuidance());
        guidance.addClassName("portal-guidance");
        add(new H3(criterion.title()), guidance);

        var current = details.narrative(criterion.id());
        narrativeVersion = current.version();
        narrative.setValue(current.text());
        narrative.setWidthFull();
        FieldLimits.atMost(narrative, Response.MAX_LENGTH);
        narrative.setHelperText("Describe what you do, never a patient. Saved as you type.");
        narrative.setValueChangeMode(ValueChangeMode.TIMEOUT);
        narrative.setValueChangeTimeout(1200);
        narrative.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(e.getValue());
            }
        });
        saveState.getElement().setAttribute("role", "status");
        saveState.addClassName("portal-guidance");
        if (current.updatedAt() != null) {
            saveState.setText("Saved at " + TIME.format(current.updatedAt()) + ".");
        }

        fileProblem.addClassName("portal-error");
        fileProblem.getElement().setAttribute("role", "alert");
        fileProblem.setVisible(false);
        add(narrative, saveState, new H3Label("Evidence files"), files);
        details.evidenceFor(criterion.id()).forEach(this::addFile);
        add(upload(), fileProblem);
        if (!earlier.isEmpty()) {
            add(reattach(earlier));
        }
    }

    private void save(String text) {
        var problem = TypedText.problemInText(text);
        if (problem.isPresent()) {
            narrative.setInvalid(true);
            narrative.setErrorMessage(problem.get() + " This text is not saved until it is removed.");
            saveState.setText("Not saved.");
            return;
        }
        try {
            var saved = applications.saveNarrative(applicationId, criterion.id(), narrativeVersion, text);
            narrativeVersion = saved.version();
            narrative.setInvalid(false);
            saveState.setText("Saved at " + TIME.format(saved.updatedAt()) + ".");
            changed.run();
        } catch (IllegalArgumentException | IllegalStateException
                 | OptimisticLockingFailureException e) {
            narrative.setInvalid(true);
            narrative.setErrorMessage(e.getMessage());
            saveState.setText("Not saved.");
        }
    }

    private Upload upload() {
        var upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            var ui = UI.getCurrent();
            ui.access(() -> {
                attach(metadata.fileName(), bytes);
                upload.clearFileList();
            });
        }));
        upload.setAcceptedFileTypes(".pdf", ".png", ".jpg", ".jpeg", ".docx", "application/pdf", "image/png",
                "image/jpeg", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        upload.setMaxFileSize((int) EvidenceFiles.MAX_FILE_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> showProblem("The file was refused: " + e.getErrorMessage()
                + " Files can be PDF, PNG, JPEG or Word (.docx), at most 10 MB each."));
        upload.getElement().setAttribute("aria-label", "Attach evidence for " + criterion.title());
        return upload;
    }

    void attach(String fileName, byte[] bytes) {
        try {
            addFile(evidence.attach(applicationId, criterion.id(), fileName, bytes));
            fileProblem.setVisible(false);
            Feedback.done("Attached " + fileName + ".");
            changed.run();
        } catch (EvidenceRefused | IllegalStateException e) {
            showProblem("\"" + fileName + "\" was not attached: " + e.getMessage());
        }
    }

    private void showProblem(String text) {
        fileProblem.setText(text);
        fileProblem.setVisible(true);
    }

    private void addFile(Evidence file) {
        var item = new ListItem(EvidenceLinks.of(evidence, applicationId, file));
        var remove = new Button("Remove", e -> confirmRemove(file, item));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.getElement().setAttribute("aria-label", "Remove " + file.fileName());
        item.add(remove);
        files.add(item);
    }

    private void confirmRemove(Evidence file, ListItem item) {
        var dialog = new ConfirmDialog("Remove this file?", "\"" + file.fileName() + "\" will no longer be part of the "
                + "application.", "Remove", e -> {
            if (Feedback.attempt(() -> evidence.remove(applicationId, file.id()))) {
                files.remove(item);
                Feedback.done("Removed " + file.fileName() + ".");
                changed.run();
            }
        });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.open();
    }

    private Div reattach(List<Evidence> earlier) {
        var choice = new Select<Evidence>();
        choice.setLabel("Re-attach a file from your previous application");
        choice.setItems(earlier);
        choice.setItemLabelGenerator(Evidence::fileName);
        var button = new Button("Re-attach", e -> {
            if (choice.getValue() == null) {
                choice.setInvalid(true);
                choice.setErrorMessage("Choose a file first.");
                return;
            }
            try {
                addFile(evidence.reattach(applicationId, choice.getValue().id(), criterion.id()));
                Feedback.done("Re-attached " + choice.getValue().fileName() + ".");
                choice.clear();
                changed.run();
            } catch (EvidenceRefused | IllegalStateException ex) {
                showProblem(ex.getMessage());
            }
        });
        return new Div(choice, button);
    }

    /** A small heading inside the card that does not break the page's heading order. */
    private static final class H3Label extends Paragraph {
        H3Label(String text) {
            super(text);
            getStyle().set("font-weight", "600").set("margin-bottom", "0");
        }
    }
}
