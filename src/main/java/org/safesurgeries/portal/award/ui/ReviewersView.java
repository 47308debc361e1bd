package org.safesurgeries.portal.award.ui;

import com.vaadin.flow.component.AbstractField.ComponentValueChangeEvent;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.award.ReviewerService;
import org.safesurgeries.portal.award.ReviewerService.Reviewer;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.ui.Feedback;
import org.safesurgeries.portal.shared.ui.ScrollRegion;
import org.springframework.dao.OptimisticLockingFailureException;

/** Administrators say which reviewers lead panels and which have lived experience of seeking sanctuary. */
@Route("admin/reviewers")
@PageTitle("Review panel · Safe Surgery portal")
@Menu(title = "Review panel", order = 57, icon = "vaadin:group")
@RolesAllowed(Roles.ADMIN)
class ReviewersView extends Div {

    static final String LEAD = "Lead reviewer";
    static final String LIVED_EXPERIENCE = "Lived experience of seeking sanctuary";

    /** One reviewer's row; keeps the version last read so that a change made elsewhere meanwhile is refused. */
    private final class Row {
        Reviewer reviewer;
        final Checkbox lead = new Checkbox();
        final Checkbox lived = new Checkbox();

        Row(Reviewer reviewer) {
            this.reviewer = reviewer;
            lead.setValue(reviewer.lead());
            lived.setValue(reviewer.livedExperience());
            lead.setAriaLabel(LEAD + ": " + reviewer.name());
            lived.setAriaLabel(LIVED_EXPERIENCE + ": " + reviewer.name());
            lead.addValueChangeListener(e -> change(this, e));
            lived.addValueChangeListener(e -> change(this, e));
        }
    }

    private final ReviewerService reviewers;
    private final Div list = new Div();

    ReviewersView(ReviewerService reviewers) {
        this.reviewers = reviewers;
        addClassName("portal-page");
        add(new H1("Review panel"),
                new Paragraph("Reviewers assess Sanctuary in Healthcare applications. Every panel that decides an "
                        + "application needs at least one member with lived experience of seeking sanctuary. Only "
                        + "lead reviewers assign reviewers to an application and record the panel's decision."),
                new Paragraph("Each change is saved as soon as you tick or clear a box."), list);
        show();
    }

    private void show() {
        list.removeAll();
        var all = reviewers.reviewers();
        if (all.isEmpty()) {
            var empty = new Paragraph("There are no active reviewers yet. Invite people on the ");
            empty.add(new Anchor("admin/users", "Users page"), new Text(
                    " and give them the Reviewer role: they appear here as soon as they are invited."));
            empty.addClassName("portal-empty");
            list.add(empty);
            return;
        }
        var head = new NativeTableRow(TableCells.column("Name", "left"), TableCells.column("Email", "left"),
                TableCells.column(LEAD, "center"), TableCells.column(LIVED_EXPERIENCE, "center"));
        var body = new NativeTableBody();
        for (var reviewer : all) {
            var row = new Row(reviewer);
            body.add(new NativeTableRow(TableCells.rowHeader(new Text(reviewer.name())),
                    TableCells.cell("left", new Text(reviewer.email())), TableCells.cell("center", row.lead),
                    TableCells.cell("center", row.lived)));
        }
        var table = new NativeTable(new NativeTableHeader(head), body);
        table.addClassName("portal-table");
        list.add(new ScrollRegion("Reviewers", table));
    }

    private void change(Row row, ComponentValueChangeEvent<Checkbox, Boolean> event) {
        if (!event.isFromClient()) {
            return;
        }
        var before = row.reviewer;
        try {
            row.reviewer = reviewers.change(before.accountId(), before.version(), row.lead.getValue(),
                    row.lived.getValue());
            Feedback.done(saved(row.reviewer, event.getSource() == row.lead));
        } catch (OptimisticLockingFailureException | IllegalArgumentException | IllegalStateException e) {
            // Nothing was saved: put the box back, say why, and show what is stored now.
            event.getSource().setValue(event.getOldValue());
            Feedback.refused(e.getMessage());
            show();
        }
    }

    private static String saved(Reviewer r, boolean leadChanged) {
        if (leadChanged) {
            return "Saved: " + r.name() + (r.lead() ? " is now a lead reviewer." : " is no longer a lead reviewer.");
        }
        return r.livedExperience() ? "Saved: " + r.name() + " has lived experience of seeking sanctuary."
                : "Saved: lived experience of seeking sanctuary is no longer recorded for " + r.name() + ".";
    }
}
