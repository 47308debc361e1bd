package org.safesurgeries.portal.award.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.safesurgeries.portal.award.CriteriaSet;
import org.safesurgeries.portal.award.ReviewRecords.AssessmentView;
import org.safesurgeries.portal.award.ReviewRecords.PanelAssessments;
import org.safesurgeries.portal.shared.ui.ScrollRegion;

import java.util.ArrayList;

/**
 * The panel's ratings side by side, criterion by criterion, with comments and private notes. Criteria on which
 * reviewers disagree strongly are marked.
 */
class PanelAssessmentsView extends Div {

    PanelAssessmentsView(CriteriaSet criteria, PanelAssessments visible) {
        var shown = new ArrayList<AssessmentView>();
        if (visible.mine().submitted()) {
            shown.add(visible.mine());
        }
        shown.addAll(visible.others());
        if (visible.othersHidden()) {
            add(new Paragraph("Other panel members have submitted assessments. You will see them once you submit "
                    + "yours, so that each assessment is made independently."));
        }
        if (shown.isEmpty()) {
            var empty = new Paragraph("No assessments to show yet.");
            empty.addClassName("portal-empty");
            add(empty);
            return;
        }
        if (!visible.strongDisagreements().isEmpty()) {
            var warning = new Paragraph("The panel disagrees strongly (one \"met\", another \"not met\") on "
                    + visible.strongDisagreements().size() + " criteria, marked below: talk it over before deciding.");
            warning.addClassName("portal-warning");
            add(warning);
        }
        var head = new NativeTableRow(new NativeTableHeaderCell("Criterion"));
        shown.forEach(a -> head.add(new NativeTableHeaderCell(a.reviewerName()
                + (a.livedExperience() ? " (lived experience)" : "") + (a.submitted() ? "" : " (draft)"))));
        var body = new NativeTableBody();
        for (var criterion : criteria.criteria()) {
            boolean disagreement = visible.strongDisagreements().contains(criterion.id());
            var title = new NativeTableHeaderCell(criterion.title() + (disagreement ? " — strong disagreement" : ""));
            if (disagreement) {
                title.addClassName("portal-disagreement");
            }
            var row = new NativeTableRow(title);
            for (var a : shown) {
                var input = a.ratings().get(criterion.id());
                var cell = new NativeTableCell();
                if (input == null) {
                    cell.add(new Span("Not rated"));
                } else {
                    cell.add(new Paragraph(input.rating().label()));
                    if (input.commentForPractice() != null) {
                        cell.add(new Paragraph("For the practice: " + input.commentForPractice()));
                    }
                    if (input.privateNote() != null) {
                        cell.add(new Paragraph("Private note: " + input.privateNote()));
                    }
                }
                row.add(cell);
            }
            body.add(row);
        }
        var table = new NativeTable(new NativeTableHeader(head), body);
        table.addClassName("portal-table");
        add(new ScrollRegion("The panel's assessments", table));
    }
}
