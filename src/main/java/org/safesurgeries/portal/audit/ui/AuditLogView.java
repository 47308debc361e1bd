package org.safesurgeries.portal.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.audit.AuditEntry;
import org.safesurgeries.portal.audit.AuditLog;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The audit trail, newest first, with filters and a check that nobody has tampered with it. */
@Route("admin/audit")
@PageTitle("Audit trail · Safe Surgery portal")
@Menu(title = "Audit trail", order = 70, icon = "vaadin:records")
@RolesAllowed("ADMIN")
class AuditLogView extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss").withZone(ZoneId.of("Europe/London"));

    AuditLogView(AuditLog log) {
        addClassName("portal-page");
        var actor = new TextField("Who");
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        var entity = new TextField("What (entity or ID)");
        entity.setClearButtonVisible(true);
        entity.setValueChangeMode(ValueChangeMode.LAZY);
        var action = new Select<String>();
        action.setLabel("Action");
        action.setItems(log.actions());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption("Any");

        var grid = new Grid<AuditEntry>();
        grid.addColumn(e -> WHEN.format(e.occurredAt())).setHeader("When").setWidth("11rem").setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader("Who").setWidth("14rem").setTooltipGenerator(AuditEntry::actor);
        grid.addColumn(AuditEntry::action).setHeader("Action").setWidth("12rem");
        grid.addColumn(e -> e.entityType() + (e.entityId() == null ? "" : " " + e.entityId())).setHeader("What")
                .setWidth("9rem");
        grid.addColumn(AuditEntry::details).setHeader("Details").setFlexGrow(4).setTooltipGenerator(AuditEntry::details);
        grid.setEmptyStateText("No audit entries match these filters.");
        grid.setItems(query -> log.find(filter(actor, action, entity), query.getOffset(), query.getLimit()).stream(),
                query -> log.count(filter(actor, action, entity)));
        actor.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        entity.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        var verdict = new Paragraph();
        verdict.getElement().setAttribute("role", "status");
        var verify = new Button("Verify the chain", e -> {
            var check = log.verify();
            verdict.setText(check.intact()
                    ? "The chain is intact: all " + check.entriesChecked() + " entries verified."
                    : "The chain is broken. " + check.problem());
            verdict.setClassName("portal-error", !check.intact());
        });
        var filters = new HorizontalLayout(actor, action, entity, verify);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H1("Audit trail"), filters, verdict, grid);
        setSizeFull();
        grid.setSizeFull();
    }

    private static AuditLog.Filter filter(TextField actor, Select<String> action, TextField entity) {
        return new AuditLog.Filter(actor.getValue(), action.getValue(), entity.getValue(), null, null);
    }
}
