package org.safesurgeries.portal.notification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.security.Roles;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Every email the portal has written, with its status. With no SMTP server configured (the demo), this is where
 * invitation and reset links can be read. Kept in the module's own package: the outbox has no public API.
 */
@Route("admin/outbox")
@PageTitle("Outbox · Safe Surgery portal")
@Menu(title = "Outbox", order = 80, icon = "vaadin:envelopes-o")
@RolesAllowed(Roles.ADMIN)
class OutboxView extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.of("Europe/London"));

    OutboxView(Outbox outbox) {
        addClassName("portal-page");
        var recipient = new TextField("Recipient");
        recipient.setClearButtonVisible(true);
        recipient.setValueChangeMode(ValueChangeMode.LAZY);
        var status = new Select<OutboxEmail.Status>();
        status.setLabel("Status");
        status.setItems(OutboxEmail.Status.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any");

        var grid = new Grid<OutboxEmail>();
        grid.addColumn(e -> WHEN.format(e.createdAt())).setHeader("Written").setAutoWidth(true);
        grid.addColumn(OutboxEmail::recipient).setHeader("To").setAutoWidth(true);
        grid.addColumn(OutboxEmail::subject).setHeader("Subject").setFlexGrow(2);
        grid.addColumn(e -> e.status().name().toLowerCase(java.util.Locale.ROOT)).setHeader("Status");
        grid.addComponentColumn(e -> {
            var open = new Button("Read", click -> read(e));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            open.setAriaLabel("Read the email to " + e.recipient());
            return open;
        }).setHeader("").setAutoWidth(true);
        grid.setEmptyStateText("No emails match. Invitations and password resets appear here.");
        grid.setItems(q -> outbox.find(recipient.getValue(), status.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> outbox.count(recipient.getValue(), status.getValue()));
        recipient.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new H1("Outbox"), new Paragraph("Emails are stored here first and sent when an SMTP server is "
                + "configured. Without one, read invitation and reset links here."),
                new HorizontalLayout(recipient, status), grid);
        setSizeFull();
        grid.setSizeFull();
    }

    private static void read(OutboxEmail email) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(email.subject());
        var body = new Pre(email.bodyText());
        body.getStyle().set("white-space", "pre-wrap").set("font-family", "inherit");
        dialog.add(new Paragraph("To " + email.recipient() + " · " + email.status().name().toLowerCase(
                java.util.Locale.ROOT) + (email.lastError() == null ? "" : " · last error: " + email.lastError())), body);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.setWidth("40rem");
        dialog.open();
    }
}
