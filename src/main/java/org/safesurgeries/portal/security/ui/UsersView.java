package org.safesurgeries.portal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.security.AccountService;
import org.safesurgeries.portal.security.AccountSummary;
import org.safesurgeries.portal.security.PracticeChoices;
import org.safesurgeries.portal.security.Role;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.ui.Feedback;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.util.stream.Collectors;

/** Administrators invite people, see who has access to what, and deactivate accounts. */
@Route("admin/users")
@PageTitle("Users · Safe Surgery portal")
@Menu(title = "Users", order = 60, icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
class UsersView extends VerticalLayout {

    private final AccountService accounts;
    private final Grid<AccountSummary> grid = new Grid<>();

    UsersView(AccountService accounts, PracticeChoices practices) {
        this.accounts = accounts;
        addClassName("portal-page");
        var search = new TextField("Search");
        search.setPlaceholder("Name or email");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        var invite = new Button("Invite someone", e -> new InviteDialog(accounts, practices, grid.getDataProvider()::refreshAll).open());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.addColumn(AccountSummary::displayName).setHeader("Name").setSortProperty("displayName");
        grid.addColumn(AccountSummary::email).setHeader("Email").setSortProperty("email").setFlexGrow(2);
        grid.addColumn(a -> a.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", ")))
                .setHeader("Roles");
        grid.addColumn(a -> !a.active() ? "Deactivated" : a.passwordSet() ? "Active" : "Invited")
                .setHeader("Status");
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true);
        grid.setEmptyStateText("Nobody matches that search.");
        grid.setItemsPageable(pageable -> accounts.search(search.getValue(), pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("displayName")))
                .getContent());
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new H1("Users"), new HorizontalLayout(search, invite), grid);
        setSizeFull();
        grid.setSizeFull();
    }

    private HorizontalLayout actions(AccountSummary account) {
        var row = new HorizontalLayout();
        if (account.active()) {
            var deactivate = new Button("Deactivate", e -> confirmDeactivate(account));
            deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            deactivate.setAriaLabel("Deactivate " + account.displayName());
            row.add(deactivate);
            if (!account.passwordSet()) {
                var resend = new Button("Resend invitation", e -> act(() -> accounts.resendInvitation(account.id()),
                        "A new invitation is in the outbox for " + account.email() + "."));
                resend.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                row.add(resend);
            }
        } else {
            var reactivate = new Button("Reactivate", e -> act(() -> accounts.reactivate(account.id()),
                    account.displayName() + " can sign in again."));
            reactivate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            reactivate.setAriaLabel("Reactivate " + account.displayName());
            row.add(reactivate);
        }
        return row;
    }

    private void confirmDeactivate(AccountSummary account) {
        var dialog = new ConfirmDialog("Deactivate " + account.displayName() + "?",
                "They will be signed out at once and cannot sign in until an administrator reactivates them. "
                        + "Nothing they recorded is deleted.", "Deactivate",
                e -> act(() -> accounts.deactivate(account.id()), account.displayName() + " has been deactivated."));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.open();
    }

    private void act(Runnable action, String done) {
        if (Feedback.attempt(action)) {
            Feedback.done(done);
        }
        grid.getDataProvider().refreshAll();
    }
}
