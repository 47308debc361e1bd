package org.safesurgeries.portal.notification;

import org.safesurgeries.portal.security.AccountEvents.AccountEmailDue;
import org.springframework.web.util.HtmlUtils;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plain, friendly English, the same content in text and HTML: a greeting, what happened, a link to act, and why the
 * email came. No patient data, ever.
 */
final class EmailTemplates {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private EmailTemplates() {
    }

    static EmailMessage render(AccountEmailDue due) {
        return switch (due.kind()) {
            case INVITATION -> compose(NotificationKind.INVITATION, due.recipient(), due.recipientName(),
                    "You are invited to the Safe Surgery portal",
                    List.of("You have been invited to the Safe Surgery portal, where GP practices, Doctors of the "
                            + "World trainers and City of Sanctuary reviewers work together so that anyone can "
                            + "register with a GP without ID, proof of address or immigration status."),
                    "Choose your password to finish setting up your account:", due.link(),
                    "This link works once and expires on " + WHEN.format(due.expiresAt()) + ". If you were not "
                            + "expecting this invitation, you can ignore this email.");
            case PASSWORD_RESET -> compose(NotificationKind.PASSWORD_RESET, due.recipient(), due.recipientName(),
                    "Choose a new password for the Safe Surgery portal",
                    List.of("Someone asked to reset the password of your Safe Surgery portal account."),
                    "Choose a new password here:", due.link(),
                    "This link works once and expires on " + WHEN.format(due.expiresAt()) + ". If you did not ask "
                            + "for this, ignore this email: your password stays as it is.");
        };
    }

    /** A notification email, with {@code footer} saying why it came. */
    static EmailMessage render(Message message, String recipient, String recipientName, String footer) {
        return compose(message.kind(), recipient, recipientName, message.subject(), message.paragraphs(),
                message.actionLabel() + ":", message.link(), footer);
    }

    /** Why a person with an account got the email, and where to turn optional ones off. */
    static String footerFor(NotificationKind kind, String settingsLink) {
        return kind.required()
                ? "We always send this email: it is about a decision on your practice's application or award."
                : "You get this email because you have \"" + kind.label() + "\" emails turned on. Choose which "
                        + "emails you get at " + settingsLink;
    }

    /** Why someone without an account (a training attendee) got the email. */
    static final String FOOTER_FOR_ATTENDEE = "You get this email because your practice recorded your attendance "
            + "at Safe Surgeries training with this address.";

    private static EmailMessage compose(NotificationKind kind, String recipient, String recipientName, String subject,
                                        List<String> paragraphs, String action, String link, String footer) {
        String greeting = recipientName == null || recipientName.isBlank() ? "Hello," : "Hello " + recipientName + ",";
        var text = new ArrayList<String>();
        text.add(greeting);
        text.addAll(paragraphs);
        text.add(action + "\n" + link);
        text.add(footer);
        text.add("Safe Surgery portal");
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(subject)).append("</title></head><body style=\"font-family:Arial,sans-serif;"
                        + "font-size:16px;line-height:1.5;color:#1a1a1a;max-width:40em\">");
        html.append("<p>").append(esc(greeting)).append("</p>");
        paragraphs.forEach(p -> html.append("<p>").append(esc(p)).append("</p>"));
        html.append("<p>").append(esc(action)).append("<br><a href=\"").append(esc(link)).append("\">")
                .append(esc(link)).append("</a></p>");
        html.append("<p style=\"color:#555;font-size:14px\">").append(esc(footer)).append("</p>");
        html.append("<p>Safe Surgery portal</p></body></html>");
        return new EmailMessage(kind.name(), recipient, subject, String.join("\n\n", text), html.toString());
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
