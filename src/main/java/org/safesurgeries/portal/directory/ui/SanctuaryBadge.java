package org.safesurgeries.portal.directory.ui;

import com.vaadin.flow.component.html.Span;
import org.safesurgeries.portal.directory.DirectoryEntry;
import org.safesurgeries.portal.shared.ui.DateFormats;

/** "Surgery of Sanctuary": the practice holds a current Sanctuary in Healthcare award. */
final class SanctuaryBadge {

    private SanctuaryBadge() {
    }

    static Span of(DirectoryEntry entry) {
        var badge = new Span("Surgery of Sanctuary");
        badge.addClassNames("portal-badge", "portal-badge-sanctuary");
        badge.getElement().setAttribute("title", "Holds the City of Sanctuary \"Sanctuary in Healthcare\" award until "
                + DateFormats.DAY.format(entry.sanctuaryAwardUntil()));
        return badge;
    }
}
