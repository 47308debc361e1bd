package org.safesurgeries.portal.award.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import org.safesurgeries.portal.award.AwardChoices.Section;
import org.safesurgeries.portal.award.CriteriaDraft.CriterionDraft;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One section of the draft (Learn, Embed or Share): how many criteria must be evidenced, and the criteria in order. */
class SectionEditor extends Div {

    static final int MAX_MINIMUM = 20;

    private final Section section;
    private final int nextVersion;
    private final Runnable reordered;
    final IntegerField minimum = new IntegerField("Minimum criteria evidenced");
    private final Div cardsBox = new Div();
    private final List<CriterionCard> cards = new ArrayList<>();
    private final Button add = new Button("Add a criterion", VaadinIcon.PLUS.create());

    /** @param reordered called after a criterion is added, moved or removed, so the view can number them again */
    SectionEditor(Section section, int minimumValue, List<CriterionDraft> criteria, int nextVersion,
                  Runnable reordered) {
        this.section = section;
        this.nextVersion = nextVersion;
        this.reordered = reordered;
        var heading = new H2(section.label());
        heading.setId("section-" + section.name().toLowerCase());
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        var purpose = new Paragraph(section.purpose());
        purpose.addClassName("portal-guidance");

        minimum.setMin(0);
        minimum.setMax(MAX_MINIMUM);
        minimum.setStepButtonsVisible(true);
        minimum.setWidth("18rem");
        minimum.setManualValidation(true);
        minimum.setRequiredIndicatorVisible(true);
        minimum.setHelperText("An application must evidence at least this many of the " + section.label()
                + " criteria (0 to " + MAX_MINIMUM + ").");
        minimum.setValue(minimumValue);
        minimum.addValueChangeListener(e -> {
            if (minimum.isInvalid()) {
                checkMinimum();
            }
        });
        criteria.forEach(c -> cards.add(card(c)));

        add.addClickListener(e -> {
            var card = card(new CriterionDraft(null, section, "", "", ""));
            cards.add(card);
            changed();
            card.title.focus();
        });
        add.setAriaLabel("Add a criterion to " + section.label());
        add(heading, purpose, minimum, cardsBox, add);
        show();
    }

    Section section() {
        return section;
    }

    List<CriterionCard> cards() {
        return List.copyOf(cards);
    }

    List<CriterionDraft> drafts() {
        return cards.stream().map(CriterionCard::draft).toList();
    }

    /** The minimum entered, or null when the field is empty or holds something other than a whole number. */
    Integer minimumValue() {
        return minimum.getValue();
    }

    /** Numbers the criteria from {@code first}; returns the number after the last. */
    int number(int first) {
        int position = first;
        for (int i = 0; i < cards.size(); i++) {
            cards.get(i).number(position++, i == 0, i == cards.size() - 1);
        }
        return position;
    }

    /** Marks every field of the section that stops publishing; true when none does. */
    boolean check() {
        boolean ok = checkMinimum();
        for (var card : cards) {
            ok &= card.check();
        }
        return ok;
    }

    private boolean checkMinimum() {
        Integer value = minimum.getValue();
        String error = value == null || value < 0 || value > MAX_MINIMUM
                ? "Enter a whole number from 0 to " + MAX_MINIMUM + "."
                : value > cards.size() ? "There are only " + cards.size() + " criteria in this section." : null;
        minimum.setErrorMessage(error);
        minimum.setInvalid(error != null);
        return error == null;
    }

    private CriterionCard card(CriterionDraft draft) {
        return new CriterionCard(draft, nextVersion, this::moveUp, this::moveDown, this::remove);
    }

    private void moveUp(CriterionCard card) {
        int at = cards.indexOf(card);
        if (at > 0) {
            Collections.swap(cards, at, at - 1);
            changed();
            // Moving re-renders the cards; keep the keyboard where the person was.
            (card.up.isEnabled() ? card.up : card.down).focus();
        }
    }

    private void moveDown(CriterionCard card) {
        int at = cards.indexOf(card);
        if (at >= 0 && at < cards.size() - 1) {
            Collections.swap(cards, at, at + 1);
            changed();
            (card.down.isEnabled() ? card.down : card.up).focus();
        }
    }

    private void remove(CriterionCard card) {
        cards.remove(card);
        changed();
        add.focus();
    }

    private void changed() {
        show();
        reordered.run();
        if (minimum.isInvalid()) {
            checkMinimum();
        }
    }

    private void show() {
        cardsBox.removeAll();
        cards.forEach(cardsBox::add);
    }
}
