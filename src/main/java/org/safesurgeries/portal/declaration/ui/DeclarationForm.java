package org.safesurgeries.portal.declaration.ui;

import org.safesurgeries.portal.shared.ui.Feedback;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.safesurgeries.portal.declaration.ChecklistAnswer;
import org.safesurgeries.portal.declaration.DeclarationContent;
import org.safesurgeries.portal.declaration.DeclarationService;
import org.safesurgeries.portal.declaration.DeclarationVersion;
import org.safesurgeries.portal.declaration.SafeSurgeryStep;
import org.safesurgeries.portal.shared.ui.FieldLimits;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** The draft: the seven steps, practice information, what still blocks declaring, and signing. */
class DeclarationForm extends Div {

    private final DeclarationService declarations;
    private final long practiceId;
    private final AtomicLong version;
    private final List<StepEditor> steps = new ArrayList<>();
    private final PracticeInformationEditor information;
    private final UnorderedList blocking = new UnorderedList();
    private final Paragraph blockingTitle = new Paragraph();
    private final TextField signatoryName = new TextField("Your full name");
    private final TextField signatoryRole = new TextField("Your role at the practice");
    private final Button sign = new Button("Sign and declare");
    private final Runnable afterSign;

    DeclarationForm(DeclarationService declarations, DeclarationVersion draft, Runnable afterSign) {
        this.declarations = declarations;
        this.practiceId = draft.practiceId();
        this.version = new AtomicLong(draft.entityVersion());
        this.afterSign = afterSign;
        add(new H2("The seven steps"));
        for (var step : SafeSurgeryStep.values()) {
            var editor = new StepEditor(step, draft.content().answer(step), this::refreshBlocking);
            steps.add(editor);
            add(editor);
        }
        information = new PracticeInformationEditor(draft.content(), this::refreshBlocking);
        var save = new Button("Save draft", e -> save());
        add(new H2("Information for patients"), information, save);

        blocking.setId("declaration-blocking");
        blockingTitle.getElement().setAttribute("role", "status");
        var commitment = new Pre(declarations.currentCommitment().text());
        commitment.getStyle().set("white-space", "pre-wrap").set("font-family", "inherit");
        signatoryName.setRequired(true);
        FieldLimits.atMost(signatoryName, 120);
        signatoryRole.setRequired(true);
        FieldLimits.atMost(signatoryRole, 120);
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sign.addClickListener(e -> signDraft());
        add(new H2("Declare"), blockingTitle, blocking,
                new Paragraph("By signing you commit the practice to the following:"), commitment,
                new HorizontalLayout(signatoryName, signatoryRole), sign);
        refreshBlocking();
    }

    private Optional<DeclarationContent> content() {
        var answers = new ArrayList<ChecklistAnswer>();
        for (var step : steps) {
            var answer = step.answer();
            if (answer == null) {
                return Optional.empty();
            }
            answers.add(answer);
        }
        return Optional.of(new DeclarationContent(answers, information.languageValue(),
                information.interpreters.getValue(), information.careOf.getValue(), information.routes.getValue()));
    }

    private void refreshBlocking() {
        blocking.removeAll();
        var reasons = content().map(DeclarationContent::blockingReasons)
                .orElse(List.of("Correct the fields marked above."));
        reasons.forEach(r -> blocking.add(new ListItem(r)));
        blockingTitle.setText(reasons.isEmpty() ? "Everything needed to declare is in place."
                : "Before the practice can declare:");
        sign.setEnabled(reasons.isEmpty());
    }

    private boolean save() {
        var content = content();
        if (content.isEmpty()) {
            Feedback.refused("Correct the fields marked in red; nothing was saved.");
            return false;
        }
        return Feedback.attempt(() -> {
            version.set(declarations.saveDraft(practiceId, version.get(), content.get()).entityVersion());
            Feedback.done("Draft saved.");
        });
    }

    private void signDraft() {
        if (!save()) {
            return;
        }
        Feedback.attempt(() -> {
            declarations.sign(practiceId, version.get(), signatoryName.getValue(), signatoryRole.getValue());
            Feedback.done("Declared. Thank you: the practice is now a Safe Surgery.");
            afterSign.run();
        });
    }
}
