package org.safesurgeries.portal.directory.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.safesurgeries.portal.directory.DirectoryEntry;
import org.safesurgeries.portal.directory.DirectoryFilter;
import org.safesurgeries.portal.directory.DirectorySearch;
import org.safesurgeries.portal.shared.LanguageCode;
import org.safesurgeries.portal.shared.ui.ChoicesWhenOpened;
import org.safesurgeries.portal.shared.ui.FieldLimits;

import java.util.List;
import java.util.stream.Collectors;

/** Find a Safe Surgery: by name or town, postcode district, region, ICB, language and interpreters. */
@Route("directory")
@PageTitle("Find a Safe Surgery")
@Menu(title = "Find a Safe Surgery", order = 2, icon = "vaadin:search")
@AnonymousAllowed
class DirectoryView extends Div implements BeforeEnterObserver {

    private static final int PAGE = 20;

    private final DirectorySearch search;
    private final TextField text = new TextField("Practice name or town");
    private final TextField district = new TextField("Postcode district");
    private final ComboBox<LanguageCode> language = new ComboBox<>("Language spoken by staff");
    private final ComboBox<String> region = new ComboBox<>("NHS region");
    private final ComboBox<String> icb = new ComboBox<>("Integrated Care Board");
    private final Checkbox interpreter = new Checkbox("Offers interpreters");
    private final Paragraph summary = new Paragraph();
    // A plain list with "show more" rather than a scrolling widget: simpler on phones and for screen readers.
    private final Div results = new Div();
    private final Button more = new Button("Show more results", e -> showMore());
    private DirectoryFilter filter = DirectoryFilter.none();
    private int shown;
    private int total;

    DirectoryView(DirectorySearch search) {
        this.search = search;
        addClassName("portal-page");
        district.setHelperText("The first part of a postcode, e.g. NR2");
        FieldLimits.atMost(district, 4);
        language.setItems(LanguageCode.all());
        language.setItemLabelGenerator(LanguageCode::label);
        language.setClearButtonVisible(true);
        ChoicesWhenOpened.set(region, search::regions);
        region.setClearButtonVisible(true);
        ChoicesWhenOpened.set(icb, search::icbs);
        icb.setClearButtonVisible(true);
        text.setClearButtonVisible(true);
        var find = new Button("Search", e -> runSearch());
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickShortcut(Key.ENTER);
        var form = new FormLayout(text, district, language, region, icb, interpreter, find);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 3));
        summary.getElement().setAttribute("role", "status");
        summary.getElement().setAttribute("aria-live", "polite");
        results.getElement().setAttribute("role", "list");
        results.getElement().setAttribute("aria-label", "Search results");
        add(new H1("Find a Safe Surgery"),
                new Paragraph("These GP practices have committed that anyone can register without ID, proof of "
                        + "address or immigration status, and that your information is safe with them."),
                form, summary, results, more,
                new Paragraph(new Anchor("api/directory.csv", "Download the directory (CSV)"),
                        new com.vaadin.flow.component.html.Span(" · "),
                        new Anchor("v3/api-docs", "Open data API (JSON)")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        params.getSingleParameter("q").ifPresent(text::setValue);
        params.getSingleParameter("postcodeDistrict").ifPresent(district::setValue);
        params.getSingleParameter("language").filter(LanguageCode::isKnown).map(LanguageCode::parse)
                .ifPresent(language::setValue);
        runSearch();
    }

    private void runSearch() {
        try {
            filter = new DirectoryFilter(text.getValue(), district.getValue(), region.getValue(), icb.getValue(),
                    language.getValue() == null ? null : language.getValue().value(), interpreter.getValue());
            district.setInvalid(false);
        } catch (IllegalArgumentException e) {
            district.setInvalid(true);
            district.setErrorMessage(e.getMessage());
            return;
        }
        var first = search.search(filter, 0, PAGE);
        total = first.total();
        summary.setText(total == 0 ? "No Safe Surgery matches this search. Try a wider area or fewer filters."
                : total == 1 ? "1 Safe Surgery found." : total + " Safe Surgeries found.");
        results.removeAll();
        shown = 0;
        show(first.page());
    }

    private void showMore() {
        show(search.search(filter, shown, PAGE).page());
    }

    private void show(List<DirectoryEntry> page) {
        page.forEach(entry -> results.add(card(entry)));
        shown += page.size();
        more.setVisible(shown < total);
    }

    private static Div card(DirectoryEntry entry) {
        var card = new Div();
        card.getElement().setAttribute("role", "listitem");
        card.addClassName("portal-card");
        card.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        var title = new H2(new Anchor("directory/" + entry.odsCode(), entry.name()));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        var where = String.join(", ", java.util.stream.Stream.of(entry.town(), entry.postcode())
                .filter(s -> s != null && !s.isBlank()).toList());
        card.add(title);
        if (entry.surgeryOfSanctuary()) {
            card.add(SanctuaryBadge.of(entry));
        }
        card.add(new Paragraph(where));
        if (!entry.languages().isEmpty()) {
            card.add(new Paragraph("Staff speak: " + entry.languages().stream().map(DirectoryEntry.Language::name)
                    .collect(Collectors.joining(", "))));
        }
        return card;
    }
}
