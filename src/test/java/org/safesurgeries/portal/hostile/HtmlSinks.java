package org.safesurgeries.portal.hostile;

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
        elements(ui.getElement()).forEach(element -> {
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
        elements(ui.getElement()).filter(element -> !element.isTextNode()).forEach(element -> {
            element.getComponent().filter(Html.class::isInstance).map(Html.class::cast)
                    .ifPresent(component -> html.add(component.getInnerHtml()));
            if (element.hasProperty("innerHTML")) {
                html.add(String.valueOf(element.getPropertyRaw("innerHTML")));
            }
        });
        return html;
    }

    private static Stream<Element> elements(Element root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(HtmlSinks::elements));
    }
}
