package org.safesurgeries.portal.notification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.IFrame;
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
import org.safesurgeries.portal.shared.ui.Feedback;

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

    private final transient Outbox outbox;
    private final Grid<OutboxEmail> grid = new Grid<>();

    OutboxView(Outbox outbox) {
        this.outbox = outbox;
        addClassName("portal-page");
        var recipient = new TextField("Recipient");
        recipient.setClearButtonVisible(true);
        recipient.setValueChangeMode(ValueChangeMode.LAZY);
        var status = new Select<OutboxEmail.Status>();
        status.setLabel("Status");
        status.setItems(OutboxEmail.Status.values());
        status.setItemLabelGenerator(s -> s == null ? "Any" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any");

        grid.addColumn(e -> WHEN.format(e.createdAt())).setHeader("Written").setAutoWidth(true);
        grid.addColumn(OutboxEmail::recipient).setHeader("To").setAutoWidth(true);
        grid.addColumn(OutboxEmail::subject).setHeader("Subject").setFlexGrow(2);
        grid.addColumn(e -> e.status().label() + (e.attempts() > 0 && e.status() != OutboxEmail.Status.SENT
                ? " (" + e.attempts() + " tries)" : "")).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(e -> {
            var open = new Button("Read", click -> read(e));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            open.setAriaLabel("Read the email to " + e.recipient() + ": " + e.subject());
            return open;
        }).setHeader("").setAutoWidth(true);
        grid.setEmptyStateText("No emails match. Invitations, password resets and notifications appear here.");
        grid.setItems(q -> outbox.find(recipient.getValue(), status.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> outbox.count(recipient.getValue(), status.getValue()));
        recipient.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new H1("Outbox"), new Paragraph("Every email is stored here first and sent when an SMTP server is "
                + "configured, with retries. Without one, read invitation and reset links here. A failed email can "
                + "be sent again."), new HorizontalLayout(recipient, status), grid);
        setSizeFull();
        grid.setSizeFull();
    }

    private void read(OutboxEmail listed) {
        var email = outbox.get(listed.id()).orElse(listed);
        var dialog = new Dialog();
        dialog.setHeaderTitle(email.subject());
        var facts = new Paragraph("To " + email.recipient() + " · " + email.status().label() + " · written "
                + WHEN.format(email.createdAt())
                + (email.sentAt() == null ? "" : " · sent " + WHEN.format(email.sentAt()))
                + " · " + email.attempts() + (email.attempts() == 1 ? " try" : " tries")
                + (email.status() == OutboxEmail.Status.QUEUED && email.attempts() > 0
                        ? " · next try " + WHEN.format(email.nextAttemptAt()) : ""));
        dialog.add(facts);
        if (email.lastError() != null) {
            var error = new Paragraph("Last error: " + email.lastError());
            error.addClassName("portal-error");
            dialog.add(error);
        }
        // The HTML as the recipient sees it, in a sandbox: no scripts, no forms, no navigation of this page.
        var rendered = new IFrame();
        rendered.setSrcdoc(email.bodyHtml() == null ? "" : email.bodyHtml());
        rendered.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
        rendered.setTitle("The email as sent (HTML)");
        rendered.setWidthFull();
        rendered.setHeight("22rem");
        rendered.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)");
        var text = new Pre(email.bodyText());
        text.getStyle().set("white-space", "pre-wrap").set("font-family", "inherit");
        var plain = new Details("Plain-text version", text);
        dialog.add(rendered, plain);
        if (email.status() == OutboxEmail.Status.FAILED) {
            var resend = new Button("Send again", e -> confirmResend(email, dialog));
            resend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(resend);
        }
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.setWidth("44rem");
        dialog.open();
    }

    private void confirmResend(OutboxEmail email, Dialog reading) {
        var confirm = new ConfirmDialog("Send this email again?", "It goes back in the queue with a fresh count of "
                + "tries, to " + email.recipient() + ". If its address is wrong it will fail again.",
                "Send again", e -> {
                    if (Feedback.attempt(() -> outbox.resend(email.id(), email.version()))) {
                        Feedback.done("The email to " + email.recipient() + " is queued again.");
                        reading.close();
                        grid.getDataProvider().refreshAll();
                    }
                });
        confirm.setCancelable(true);
        confirm.open();
    }
}
