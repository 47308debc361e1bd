package org.safesurgeries.portal.hostile;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a page shows, read from the server-side element tree as a browserless test sees it: the text and field values
 * (which Vaadin sends as text, never as markup), and the few places where markup is sent as it is (an {@link Html}
 * component, an {@code innerHTML} property), where no value a person typed may appear unescaped.
 */
final class HtmlSinks {

    private HtmlSinks() {
    }

    /** All text nodes and the value, label and title properties of every element in the UI, one string each. */
    static List<String> shown(UI ui) {
        var shown = new ArrayList<String>();
        elements(ui).forEach(element -> {
            if (element.isTextNode()) {
                shown.add(element.getText());
                return;
            }
            for (String property : List.of("value", "label", "title", "headerTitle", "header", "text")) {
                Object value = element.getPropertyRaw(property);
                if (value instanceof String text) {
                    shown.add(text);
                }
            }
            element.getAttributeNames().forEach(name -> shown.add(element.getAttribute(name)));
        });
        return shown;
    }

    /** The markup the UI sends as markup: the inner HTML of each Html component and each innerHTML property. */
    static List<String> rawHtml(UI ui) {
        var html = new ArrayList<String>();
        elements(ui).filter(element -> !element.isTextNode()).forEach(element -> {
            element.getComponent().filter(Html.class::isInstance).map(Html.class::cast)
                    .ifPresent(component -> html.add(component.getInnerHtml()));
            if (element.hasProperty("innerHTML")) {
                html.add(String.valueOf(element.getPropertyRaw("innerHTML")));
            }
        });
        return html;
    }

    // The UI's components (its layout, dialogs, notifications) and the view the router shows.
    private static Stream<Element> elements(UI ui) {
        var roots = Stream.concat(ui.getChildren(), ui.getInternals().getActiveRouterTargetsChain().stream()
                .filter(Component.class::isInstance).map(Component.class::cast));
        return roots.map(Component::getElement).distinct().flatMap(HtmlSinks::tree).distinct();
    }

    private static Stream<Element> tree(Element root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(HtmlSinks::tree));
    }
}
