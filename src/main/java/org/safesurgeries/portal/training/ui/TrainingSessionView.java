package org.safesurgeries.portal.training.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.security.CurrentUser;
import org.safesurgeries.portal.security.CurrentUser.SignedInUser;
import org.safesurgeries.portal.security.PracticeChoices;
import org.safesurgeries.portal.security.PracticeChoices.PracticeChoice;
import org.safesurgeries.portal.security.Role;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.ui.DateFormats;
import org.safesurgeries.portal.shared.ui.Feedback;
import org.safesurgeries.portal.training.TrainingAnswers.Source;
import org.safesurgeries.portal.training.TrainingRecords;
import org.safesurgeries.portal.training.TrainingRecords.SessionRecord;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Record a training session (new), or see and change one (with its id). */
@Route("training/session/:sessionId?")
@PageTitle("Training session · Safe Surgery portal")
@RolesAllowed({Roles.TRAINER, Roles.PRACTICE_MANAGER, Roles.ADMIN})
class TrainingSessionView extends Div implements BeforeEnterObserver {

    private final TrainingRecords training;
    private final PracticeChoices practices;
    private final CurrentUser currentUser;

    TrainingSessionView(TrainingRecords training, PracticeChoices practices, CurrentUser currentUser) {
        this.training = training;
        this.practices = practices;
        this.currentUser = currentUser;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var user = currentUser.require();
        var id = event.getRouteParameters().get("sessionId");
        if (id.isEmpty()) {
            var requested = event.getLocation().getQueryParameters().getSingleParameter("practice")
                    .flatMap(TrainingSessionView::parse).map(p -> practices.byIds(List.of(p)))
                    .orElse(List.of()).stream().filter(p -> user.readsEveryPractice()
                            || user.practiceIds().contains(p.id())).toList();
            add(new H1(user.has(Role.TRAINER) ? "Record a training session" : "Record your practice's training"),
                    new Paragraph(user.has(Role.TRAINER)
                            ? "Sessions you deliver are shown to practices as verified."
                            : "Training you organise yourselves (in-house or e-learning) is shown as self-reported."),
                    form(user, null, Set.copyOf(requested)));
            return;
        }
        SessionRecord record;
        try {
            // An address with something other than a number is "no such session" too.
            record = training.session(parse(id.get()).orElse(-1L));
        } catch (AccessDeniedException | IllegalArgumentException e) {
            add(new H1("Training session"), new Paragraph("There is no such session, or you do not have access to it."));
            return;
        }
        var form = form(user, record, Set.of());
        add(new H1("Training session of " + DateFormats.DAY.format(record.details().deliveredOn())),
                new Paragraph((record.verified() ? "Verified: recorded by a Doctors of the World trainer, "
                        : "Self-reported by the practice, ") + record.recordedBy() + "."));
        if (!record.editableByMe()) {
            form.readOnly();
            add(new Paragraph(record.locked()
                    ? "This session was recorded more than 30 days ago, so it is locked."
                    : "Only the person who recorded this session can change it."));
            if (record.locked() && user.has(Role.ADMIN)) {
                add(new Button("Unlock for editing", e -> confirmUnlock(record)));
            }
        }
        add(form);
    }

    private TrainingSessionForm form(SignedInUser user, SessionRecord record, Set<PracticeChoice> preselected) {
        List<Source> sources = user.has(Role.ADMIN) ? List.of(Source.values())
                : user.has(Role.TRAINER) ? List.of(Source.DOTW_TRAINER) : List.of(Source.IN_HOUSE, Source.E_LEARNING);
        return new TrainingSessionForm(training, picker -> {
            if (user.readsEveryPractice()) {
                picker.setItems(q -> practices.search(q.getFilter().orElse(""), q.getOffset() + q.getLimit())
                        .stream().skip(q.getOffset()));
            } else {
                picker.setItems(practices.byIds(user.practiceIds()));
            }
        }, sources, record, preselected, saved -> afterSave(user, saved));
    }

    private void afterSave(SignedInUser user, SessionRecord saved) {
        if (user.has(Role.TRAINER) || user.has(Role.ADMIN)) {
            UI.getCurrent().navigate(TrainingView.class);
        } else {
            UI.getCurrent().navigate(PracticeTrainingView.class, new RouteParameters("practiceId",
                    Long.toString(saved.practices().getFirst().id())));
        }
    }

    private void confirmUnlock(SessionRecord record) {
        var dialog = new ConfirmDialog("Unlock this session?", "Whoever recorded it can then change it again. "
                + "The unlocking is written to the audit trail.", "Unlock", e -> {
            if (Feedback.attempt(() -> training.unlock(record.id()))) {
                Feedback.done("Unlocked.");
                UI.getCurrent().getPage().reload();
            }
        });
        dialog.setCancelable(true);
        dialog.open();
    }

    private static Optional<Long> parse(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
