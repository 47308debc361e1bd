package org.safesurgeries.portal.notification;

import org.safesurgeries.portal.security.AccountEvents.AccountEmailDue;
import org.springframework.web.util.HtmlUtils;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Plain, friendly English, the same content in text and HTML. No patient data, ever. */
final class EmailTemplates {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private EmailTemplates() {
    }

    static EmailMessage render(AccountEmailDue due) {
        return switch (due.kind()) {
            case INVITATION -> message("INVITATION", due, "You are invited to the Safe Surgery portal",
                    "You have been invited to the Safe Surgery portal, where GP practices, Doctors of the World "
                            + "trainers and City of Sanctuary reviewers work together so that anyone can register "
                            + "with a GP without ID, proof of address or immigration status.",
                    "Choose your password to finish setting up your account:",
                    "This link works once and expires on " + WHEN.format(due.expiresAt()) + ". If you were not "
                            + "expecting this invitation, you can ignore this email.");
            case PASSWORD_RESET -> message("PASSWORD_RESET", due, "Choose a new password for the Safe Surgery portal",
                    "Someone asked to reset the password of your Safe Surgery portal account.",
                    "Choose a new password here:",
                    "This link works once and expires on " + WHEN.format(due.expiresAt()) + ". If you did not ask "
                            + "for this, ignore this email: your password stays as it is.");
        };
    }

    private static EmailMessage message(String kind, AccountEmailDue due, String subject, String intro,
                                        String action, String footer) {
        String greeting = "Hello " + due.recipientName() + ",";
        String text = String.join("\n\n", greeting, intro, action + "\n" + due.link(), footer,
                "Safe Surgery portal");
        String html = "<p>" + esc(greeting) + "</p><p>" + esc(intro) + "</p><p>" + esc(action) + "<br><a href=\""
                + esc(due.link()) + "\">" + esc(due.link()) + "</a></p><p>" + esc(footer)
                + "</p><p>Safe Surgery portal</p>";
        return new EmailMessage(kind, due.recipient(), subject, text, html);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
