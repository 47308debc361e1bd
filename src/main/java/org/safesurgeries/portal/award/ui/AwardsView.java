package org.safesurgeries.portal.award.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.award.AwardChoices.AwardStanding;
import org.safesurgeries.portal.award.AwardService;
import org.safesurgeries.portal.award.AwardService.AwardSummary;
import org.safesurgeries.portal.award.AwardService.Change;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.UkCalendar;
import org.safesurgeries.portal.shared.ui.DateFormats;
import org.safesurgeries.portal.shared.ui.ScrollRegion;

/** Every Sanctuary in Healthcare award and how it stands; reviewers suspend, reinstate or revoke one with a reason. */
@Route("awards")
@PageTitle("Awards · Safe Surgery portal")
@Menu(title = "Awards", order = 24, icon = "vaadin:diploma")
@RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
class AwardsView extends Div {

    private final AwardService awards;
    private final Div list = new Div();

    AwardsView(AwardService awards) {
        this.awards = awards;
        addClassName("portal-page");
        add(new H1("Awards"), new Paragraph("Every Sanctuary in Healthcare award, soonest to expire first. An award "
                + "is valid for three years. Suspending or revoking one takes the Surgery of Sanctuary badge off the "
                + "public directory, and the practice sees the reason you give."), list);
        show();
    }

    private void show() {
        list.removeAll();
        var all = awards.all();
        if (all.isEmpty()) {
            var empty = new Paragraph("No practice holds the award yet.");
            empty.addClassName("portal-empty");
            list.add(empty);
            return;
        }
        var head = new NativeTableRow(TableCells.column("Practice", "left"), TableCells.column("Awarded on", "right"),
                TableCells.column("Expires on", "right"), TableCells.column("Standing", "left"),
                TableCells.column("Actions", "left"));
        var body = new NativeTableBody();
        all.forEach(a -> body.add(row(a, body)));
        var table = new NativeTable(new NativeTableHeader(head), body);
        table.addClassName("portal-table");
        list.add(new ScrollRegion("Awards", table));
    }

    private NativeTableRow row(AwardSummary award, NativeTableBody body) {
        var ods = new Div("ODS code " + award.odsCode());
        ods.addClassName("portal-guidance");
        ods.getStyle().set("font-weight", "normal");
        var row = new NativeTableRow(TableCells.rowHeader(new Text(award.practiceName()), ods),
                new NativeTableCell(DateFormats.DAY.format(award.awardedOn())),
                new NativeTableCell(DateFormats.DAY.format(award.expiresOn())), standing(award));
        var actions = new HorizontalLayout();
        actions.setSpacing(false);
        var standing = award.standing();
        if (standing.current()) {
            actions.add(action(award, Change.SUSPEND, "Suspend", row, body));
        }
        if (standing == AwardStanding.SUSPENDED) {
            actions.add(action(award, Change.REINSTATE, "Reinstate", row, body));
        }
        if (standing != AwardStanding.REVOKED) {
            actions.add(action(award, Change.REVOKE, "Revoke", row, body));
        }
        row.add(TableCells.cell("left", actions));
        return row;
    }

    private Button action(AwardSummary award, Change change, String label, NativeTableRow row,
                          NativeTableBody body) {
        // After a change only this row is drawn again; a refusal because the award changed meanwhile redraws all.
        var button = new Button(label, e -> AwardChangeDialog.of(awards, award, change,
                changed -> replace(row, row(changed, body), body), this::show).open());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (change != Change.REINSTATE) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        button.setAriaLabel(label + " the award of " + award.practiceName());
        return button;
    }

    // The button that opened the dialog is gone with the old row: keep keyboard focus in the row that replaced it.
    private static void replace(NativeTableRow old, NativeTableRow fresh, NativeTableBody body) {
        body.replace(old, fresh);
        fresh.getChildren().reduce((first, second) -> second).flatMap(cell -> cell.getChildren().findFirst())
                .flatMap(actions -> actions.getChildren().findFirst())
                .ifPresent(button -> ((Button) button).focus());
    }

    private static NativeTableCell standing(AwardSummary award) {
        var badge = new Span(award.standing().label());
        badge.addClassNames("portal-badge", switch (award.standing()) {
            case VALID, EXPIRING -> "portal-badge-sanctuary";
            case EXPIRED -> "portal-badge-todo";
            case SUSPENDED, REVOKED -> "portal-badge-overdue";
        });
        var cell = TableCells.cell("left", badge);
        cell.getStyle().set("white-space", "normal").set("min-width", "12rem");
        if (award.statusReason() != null) {
            cell.add(reason(award));
        }
        return cell;
    }

    private static Component reason(AwardSummary award) {
        String when = award.statusChangedAt() == null ? ""
                : " (" + DateFormats.DAY.format(award.statusChangedAt().atZone(UkCalendar.ZONE)) + ")";
        var text = new Paragraph("Reason given" + when + ": " + award.statusReason());
        text.addClassName("portal-guidance");
        text.getStyle().set("margin", "var(--lumo-space-xs) 0 0");
        return text;
    }
}
