package org.safesurgeries.portal.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.safesurgeries.portal.security.EmailAddress;
import org.safesurgeries.portal.security.PracticeChoices.PracticeChoice;
import org.safesurgeries.portal.shared.TypedText;
import org.safesurgeries.portal.shared.UkCalendar;
import org.safesurgeries.portal.shared.ui.Feedback;
import org.safesurgeries.portal.shared.ui.FieldLimits;
import org.safesurgeries.portal.training.SessionDetails;
import org.safesurgeries.portal.training.SessionDetails.Attendance;
import org.safesurgeries.portal.training.SessionDetails.NamedAttendee;
import org.safesurgeries.portal.training.TrainingAnswers.SessionFormat;
import org.safesurgeries.portal.training.TrainingAnswers.Source;
import org.safesurgeries.portal.training.TrainingAnswers.StaffRole;
import org.safesurgeries.portal.training.TrainingRecords;
import org.safesurgeries.portal.training.TrainingRecords.SessionRecord;
import org.safesurgeries.portal.training.TrainingRecords.Topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Records a training session or changes one: date, format, who delivered it, duration, topics, the practices it
 * served with head-counts per role, optional named attendees, and notes (never about patients).
 */
class TrainingSessionForm extends Div {

    /** Head-counts per role for one practice. */
    private static final class PracticeAttendance extends Div {
        final PracticeChoice practice;
        final Map<StaffRole, IntegerField> fields = new EnumMap<>(StaffRole.class);

        PracticeAttendance(PracticeChoice practice) {
            this.practice = practice;
            addClassName("portal-card");
            var row = new HorizontalLayout();
            row.setWrap(true);
            for (var role : StaffRole.values()) {
                var field = new IntegerField(role.label());
                field.setMin(0);
                field.setMax(500);
                field.setValue(0);
                field.setStepButtonsVisible(true);
                field.setAriaLabel(role.label() + " staff from " + practice.label());
                fields.put(role, field);
                row.add(field);
            }
            add(new H3(practice.label()), row);
        }
    }

    /** A named member of staff who attended. */
    private final class AttendeeRow extends HorizontalLayout {
        final TextField name = new TextField("Name");
        final Select<StaffRole> role = new Select<>();
        final EmailField email = new EmailField("Work email");
        final Select<PracticeChoice> practice = new Select<>();

        AttendeeRow() {
            setWrap(true);
            setAlignItems(FlexComponent.Alignment.BASELINE);
            FieldLimits.atMost(name, 120);
            role.setLabel("Role");
            role.setItems(StaffRole.values());
            role.setItemLabelGenerator(r -> r == null ? "" : r.label());
            role.setValue(StaffRole.RECEPTION_ADMIN);
            practice.setLabel("Practice");
            practice.setItemLabelGenerator(p -> p == null ? "" : p.label());
            refreshPractices();
            var remove = new Button("Remove", VaadinIcon.TRASH.create(), e -> attendees.remove(this));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(name, role, email, practice, remove);
        }

        void refreshPractices() {
            var chosen = practice.getValue();
            var items = List.copyOf(practices.getValue());
            practice.setItems(items);
            // A new row has no practice yet, and an immutable list refuses to look for null.
            practice.setValue(chosen != null && items.contains(chosen) ? chosen
                    : items.isEmpty() ? null : items.getFirst());
        }

        NamedAttendee attendee() {
            if (practice.getValue() == null) {
                throw new IllegalArgumentException("Choose the practice of " + name.getValue() + ".");
            }
            return new NamedAttendee(practice.getValue().id(), name.getValue(), role.getValue(),
                    EmailAddress.parse(email.getValue()));
        }
    }

    private final TrainingRecords training;
    private final SessionRecord existing;
    private final Consumer<SessionRecord> saved;
    private final DatePicker date = new DatePicker("Date of the session");
    private final RadioButtonGroup<SessionFormat> format = new RadioButtonGroup<>("Format");
    private final RadioButtonGroup<Source> source = new RadioButtonGroup<>("Delivered by");
    private final IntegerField duration = new IntegerField("Duration (minutes)");
    private final CheckboxGroup<Topic> topics = new CheckboxGroup<>("Topics");
    private final MultiSelectComboBox<PracticeChoice> practices = new MultiSelectComboBox<>("Practices");
    private final Div attendance = new Div();
    private final Div attendees = new Div();
    private final TextArea notes = new TextArea("Notes (optional)");
    private final Map<Long, PracticeAttendance> attendanceByPractice = new HashMap<>();

    /**
     * @param practiceChoices sets up the practice picker (trainers: search every practice; managers: their own)
     * @param sources         who may be named as delivering it (trainers: a trainer; practices: in-house, e-learning)
     */
    TrainingSessionForm(TrainingRecords training, Consumer<MultiSelectComboBox<PracticeChoice>> practiceChoices,
                        List<Source> sources,
                        SessionRecord existing, Set<PracticeChoice> preselected, Consumer<SessionRecord> saved) {
        this.training = training;
        this.existing = existing;
        this.saved = saved;
        date.setMax(UkCalendar.today());
        date.setValue(UkCalendar.today());
        date.setRequiredIndicatorVisible(true);
        format.setItems(SessionFormat.values());
        format.setItemLabelGenerator(SessionFormat::label);
        format.setValue(SessionFormat.IN_PERSON);
        source.setItems(sources);
        source.setItemLabelGenerator(Source::label);
        source.setValue(sources.getFirst());
        source.setVisible(sources.size() > 1);
        duration.setMin(SessionDetails.MIN_MINUTES);
        duration.setMax(SessionDetails.MAX_MINUTES);
        duration.setStep(15);
        duration.setStepButtonsVisible(true);
        duration.setValue(90);
        var selectable = training.topics().stream().filter(t -> t.active()
                || existing != null && existing.details().topicIds().contains(t.id())).toList();
        topics.setItems(selectable);
        topics.setItemLabelGenerator(Topic::name);
        practices.setItemLabelGenerator(PracticeChoice::label);
        practiceChoices.accept(practices);
        practices.setRequiredIndicatorVisible(true);
        practices.addValueChangeListener(e -> showAttendance());
        FieldLimits.atMost(notes, 1000);
        notes.setHelperText("About the session. Never anything about a patient.");
        notes.setValueChangeMode(ValueChangeMode.ON_BLUR);
        notes.addValueChangeListener(e -> checkNotes());

        var addAttendee = new Button("Add a named attendee", VaadinIcon.PLUS.create(), e -> attendees.add(
                new AttendeeRow()));
        var save = new Button(existing == null ? "Record session" : "Save changes", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        var details = new FormLayout(date, format, source, duration, topics, practices);
        details.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(details,
                new H2("Who attended"),
                new Paragraph("How many staff of each role came from each practice."), attendance,
                new H2("Named attendees (optional)"),
                new Paragraph("Staff who should receive an attendance certificate: their name, role and work email."),
                attendees, addAttendee, notes, save);
        if (existing != null) {
            fill(existing);
        } else if (!preselected.isEmpty()) {
            practices.setValue(preselected);
        }
    }

    private void fill(SessionRecord record) {
        var d = record.details();
        date.setValue(d.deliveredOn());
        format.setValue(d.format());
        source.setItems(d.source());
        source.setValue(d.source());
        source.setReadOnly(true);
        duration.setValue(d.durationMinutes());
        topics.setValue(topics.getListDataView().getItems().filter(t -> d.topicIds().contains(t.id()))
                .collect(Collectors.toSet()));
        practices.setValue(Set.copyOf(record.practices()));
        d.attendance().forEach(a -> {
            var line = attendanceByPractice.get(a.practiceId());
            if (line != null) {
                line.fields.get(a.role()).setValue(a.attended());
            }
        });
        for (var attendee : d.attendees()) {
            var row = new AttendeeRow();
            row.name.setValue(attendee.name());
            row.role.setValue(attendee.role());
            row.email.setValue(attendee.email().value());
            row.practice.getListDataView().getItems().filter(p -> p.id() == attendee.practiceId()).findFirst()
                    .ifPresent(row.practice::setValue);
            attendees.add(row);
        }
        notes.setValue(d.notes() == null ? "" : d.notes());
    }

    void readOnly() {
        date.setReadOnly(true);
        format.setReadOnly(true);
        duration.setReadOnly(true);
        topics.setReadOnly(true);
        practices.setReadOnly(true);
        notes.setReadOnly(true);
        attendanceByPractice.values().forEach(a -> a.fields.values().forEach(f -> f.setReadOnly(true)));
        getChildren().filter(Button.class::isInstance).forEach(b -> b.setVisible(false));
        attendees.getChildren().map(AttendeeRow.class::cast).forEach(r -> r.setEnabled(false));
    }

    private void showAttendance() {
        var chosen = practices.getValue();
        attendanceByPractice.keySet().removeIf(id -> chosen.stream().noneMatch(p -> p.id() == id));
        attendance.removeAll();
        for (var practice : chosen.stream().sorted(Comparator.comparing(PracticeChoice::name)).toList()) {
            attendance.add(attendanceByPractice.computeIfAbsent(practice.id(), id -> new PracticeAttendance(practice)));
        }
        if (chosen.isEmpty()) {
            var empty = new Paragraph("Choose the practices the session was for.");
            empty.addClassName("portal-empty");
            attendance.add(empty);
        }
        attendees.getChildren().map(AttendeeRow.class::cast).forEach(AttendeeRow::refreshPractices);
    }

    private boolean checkNotes() {
        var problem = TypedText.problemInText(notes.getValue());
        notes.setInvalid(problem.isPresent());
        notes.setErrorMessage(problem.orElse(null));
        return problem.isEmpty();
    }

    private void save() {
        if (!checkNotes()) {
            return;
        }
        SessionDetails details;
        try {
            details = details();
        } catch (IllegalArgumentException | NullPointerException e) {
            Feedback.refused(e.getMessage());
            return;
        }
        var duplicates = training.likelyDuplicates(details, existing == null ? null : existing.id());
        if (duplicates.isEmpty()) {
            store(details);
            return;
        }
        var dialog = new ConfirmDialog("This may already be recorded",
                "You recorded a session on the same day for " + duplicates.getFirst().practiceLabels() + " ("
                        + String.join(", ",
                        duplicates.getFirst().topics()) + "). Record this one as well?",
                "Record it as well", e -> store(details));
        dialog.setCancelable(true);
        dialog.setCancelText("Go back");
        dialog.open();
    }

    private void store(SessionDetails details) {
        if (Feedback.attempt(() -> {
            var record = existing == null ? training.record(details)
                    : training.change(existing.id(), existing.version(), details);
            saved.accept(record);
        })) {
            Feedback.done(existing == null ? "Session recorded." : "Changes saved.");
        }
    }

    private SessionDetails details() {
        var lines = new ArrayList<Attendance>();
        for (var practice : attendanceByPractice.values()) {
            for (var entry : practice.fields.entrySet()) {
                Integer value = entry.getValue().getValue();
                if (value == null || value < 0 || value > 500) {
                    entry.getValue().setInvalid(true);
                    entry.getValue().setErrorMessage("A whole number from 0 to 500.");
                    throw new IllegalArgumentException(entry.getKey().label() + " at " + practice.practice.name()
                            + ": enter a whole number of staff from 0 to 500.");
                }
                entry.getValue().setInvalid(false);
                lines.add(new Attendance(practice.practice.id(), entry.getKey(), value));
            }
        }
        var named = attendees.getChildren().map(AttendeeRow.class::cast).map(AttendeeRow::attendee).toList();
        return new SessionDetails(date.getValue(), format.getValue(), source.getValue(),
                duration.getValue() == null ? 0 : duration.getValue(),
                topics.getValue().stream().map(Topic::id).collect(Collectors.toSet()), lines, named, notes.getValue());
    }
}
