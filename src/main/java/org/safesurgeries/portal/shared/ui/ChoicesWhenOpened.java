package org.safesurgeries.portal.shared.ui;

import com.vaadin.flow.component.combobox.ComboBox;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A filter's list of choices read from the database when the list is opened or typed in, not each time the page is
 * built: most visits never open it, and the query scans every practice (bench/vaadin).
 */
public final class ChoicesWhenOpened {

    private ChoicesWhenOpened() {
    }

    public static void set(ComboBox<String> box, Supplier<List<String>> choices) {
        box.setItems(query -> {
            String typed = query.getFilter().orElse("").toLowerCase(Locale.UK);
            return choices.get().stream().filter(choice -> choice.toLowerCase(Locale.UK).contains(typed))
                    .skip(query.getOffset()).limit(query.getLimit());
        });
    }
}
