package org.safesurgeries.portal.declaration.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import org.safesurgeries.portal.declaration.DeclarationVersion;
import org.safesurgeries.portal.declaration.SafeSurgeryStep;
import org.safesurgeries.portal.shared.LanguageCode;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;

/** A signed version shown back exactly as it was signed: answers, information, commitment text, signatory. */
class SignedDeclarationPanel extends Div {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    SignedDeclarationPanel(DeclarationVersion signed) {
        addClassName("portal-card");
        add(new H2("Version " + signed.versionNumber() + " · " + signed.status().label()));
        add(new Paragraph("Signed on " + DATE.format(signed.signedOn()) + " by " + signed.signatoryName() + ", "
                + signed.signatoryRole() + "."));
        if (signed.withdrawnOn() != null) {
            add(new Paragraph("Withdrawn on " + DATE.format(signed.withdrawnOn()) + ": " + signed.withdrawalReason()));
        }
        if (signed.lapsedOn() != null) {
            add(new Paragraph("Lapsed on " + DATE.format(signed.lapsedOn()) + ": not confirmed since "
                    + DATE.format(signed.lastConfirmedOn()) + "."));
        }
        var answers = new UnorderedList();
        for (var step : SafeSurgeryStep.values()) {
            var answer = signed.content().answer(step);
            answers.add(new ListItem("Step " + step.number() + ". " + step.title() + ": " + answer.status().label()
                    + (answer.targetDate() == null ? "" : " (target " + DATE.format(answer.targetDate()) + ")")
                    + (answer.note() == null ? "" : " — " + answer.note())));
        }
        var c = signed.content();
        add(answers, new Paragraph("Languages: " + (c.languages().isEmpty() ? "none given" : c.languages().stream()
                        .map(LanguageCode::englishName).sorted(Comparator.naturalOrder()).collect(Collectors.joining(", ")))),
                new Paragraph("Interpreters: " + (c.interpreterAccess() == null ? "not said" : c.interpreterAccess().label())
                        + " · Care-of address accepted: " + (Boolean.TRUE.equals(c.careOfAddressAccepted()) ? "yes" : "no")
                        + " · Register: " + c.registrationRoutes().stream().map(r -> r.label())
                        .sorted().collect(Collectors.joining(", "))));
        var text = new Pre(signed.commitmentText());
        text.getStyle().set("white-space", "pre-wrap").set("font-family", "inherit");
        add(new Paragraph("The commitment as signed:"), text);
    }
}
