package org.safesurgeries.portal.declaration.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.declaration.DeclarationService;
import org.safesurgeries.portal.security.Roles;
import org.springframework.security.access.AccessDeniedException;

/** Every version of a practice's declaration and what changed between them; read-only. */
@Route("declaration/:practiceId/history")
@PageTitle("Declaration history · Safe Surgery portal")
@RolesAllowed({Roles.PRACTICE_MANAGER, Roles.TRAINER, Roles.REVIEWER, Roles.ADMIN})
class DeclarationHistoryView extends Div implements BeforeEnterObserver {

    private final DeclarationService declarations;

    DeclarationHistoryView(DeclarationService declarations) {
        this.declarations = declarations;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1("Declaration history"));
        try {
            long practiceId = Long.parseLong(event.getRouteParameters().get("practiceId").orElse(""));
            var versions = declarations.history(practiceId);
            if (versions.isEmpty()) {
                add(new Paragraph("This practice has no declaration yet."));
            }
            for (var version : versions) {
                if (version.isDraft()) {
                    add(new H2("Version " + version.versionNumber() + " · Draft (not signed)"));
                } else {
                    add(new SignedDeclarationPanel(version));
                }
                var changes = new UnorderedList();
                version.changes().forEach(c -> changes.add(new ListItem(c)));
                add(new Paragraph("What changed from the version before:"), changes);
            }
        } catch (NumberFormatException | AccessDeniedException e) {
            add(new Paragraph("You do not have access to this practice."));
        }
    }
}
