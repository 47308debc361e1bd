package org.safesurgeries.portal.notification;

import org.safesurgeries.portal.award.AwardChoices.ApplicationStatus;
import org.safesurgeries.portal.award.AwardEvents.ApplicationStatusChanged;
import org.safesurgeries.portal.award.AwardEvents.AwardExpiring;
import org.safesurgeries.portal.award.AwardEvents.AwardRevoked;
import org.safesurgeries.portal.award.AwardEvents.AwardSuspended;
import org.safesurgeries.portal.award.AwardEvents.DecisionRecorded;
import org.safesurgeries.portal.award.AwardEvents.ReviewOverdue;
import org.safesurgeries.portal.award.AwardEvents.ReviewerAssigned;
import org.safesurgeries.portal.award.LeadReviewers;
import org.safesurgeries.portal.certificate.CertificateEvents.CertificateIssued;
import org.safesurgeries.portal.certificate.CertificateKind;
import org.safesurgeries.portal.certificate.VerificationCode;
import org.safesurgeries.portal.declaration.DeclarationEvents.DeclarationSigned;
import org.safesurgeries.portal.declaration.DeclarationEvents.LapseApproaching;
import org.safesurgeries.portal.declaration.DeclarationEvents.ReconfirmationDue;
import org.safesurgeries.portal.registrationaudit.CheckAnswers.CheckOutcome;
import org.safesurgeries.portal.registrationaudit.MysteryShopping.MysteryShopperCheckRecorded;
import org.safesurgeries.portal.security.AccountContacts;
import org.safesurgeries.portal.security.PracticeChoices;
import org.safesurgeries.portal.training.TrainingEvents.RefresherDue;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Turns other modules' events into messages for the right people. Each handler runs after the change committed, from
 * the event publication registry, so a failure is retried; the event's id keys what it writes, so a retry writes
 * nothing twice.
 */
@Component
class NotificationTriggers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Notifications notifications;
    private final AccountContacts contacts;
    private final LeadReviewers leads;
    private final PracticeChoices practices;

    NotificationTriggers(Notifications notifications, AccountContacts contacts, LeadReviewers leads,
                         PracticeChoices practices) {
        this.notifications = notifications;
        this.contacts = contacts;
        this.leads = leads;
        this.practices = practices;
    }

    @ApplicationModuleListener
    void on(DeclarationSigned event) {
        String practice = practiceName(event.practiceId());
        toManagers(event.practiceId(), new Message(NotificationKind.DECLARATION_SIGNED, key(event.eventId()),
                practice + " is now a Safe Surgery",
                List.of(event.signatoryName() + " signed the Safe Surgery declaration for " + practice + " on "
                                + DAY.format(event.signedOn()) + ".",
                        "Thank you. Your practice appears in the public directory, and its declaration certificate "
                                + "follows in a separate email. We will ask you once a year to confirm the "
                                + "declaration is still true."),
                "See your declaration", "declaration/" + event.practiceId()));
    }

    @ApplicationModuleListener
    void on(ReconfirmationDue event) {
        String practice = practiceName(event.practiceId());
        toManagers(event.practiceId(), new Message(NotificationKind.RECONFIRMATION_DUE, key(event.eventId()),
                "Please confirm " + practice + "'s Safe Surgery declaration",
                List.of("It is a year since " + practice + " last confirmed its Safe Surgery declaration.",
                        "Please check it is still true and confirm it: it takes a minute. A declaration not "
                                + "confirmed by " + DAY.format(event.lapsesOn()) + " lapses, and the practice "
                                + "leaves the directory."),
                "Confirm the declaration", "declaration/" + event.practiceId()));
    }

    @ApplicationModuleListener
    void on(LapseApproaching event) {
        String practice = practiceName(event.practiceId());
        toManagers(event.practiceId(), new Message(NotificationKind.DECLARATION_LAPSING, key(event.eventId()),
                practice + "'s Safe Surgery declaration lapses on " + DAY.format(event.lapsesOn()),
                List.of(practice + "'s Safe Surgery declaration has not been confirmed for 14 months.",
                        "Unless someone confirms it by " + DAY.format(event.lapsesOn()) + ", it lapses: the "
                                + "practice leaves the directory and its certificate is no longer valid."),
                "Confirm the declaration", "declaration/" + event.practiceId()));
    }

    @ApplicationModuleListener
    void on(ApplicationStatusChanged event) {
        if (event.to() != ApplicationStatus.SUBMITTED) {
            return;
        }
        String practice = practiceName(event.practiceId());
        notifications.send(new Message(NotificationKind.APPLICATION_SUBMITTED, key(event.eventId()),
                practice + (event.round() > 1 ? " resubmitted" : " submitted") + " an award application",
                List.of(practice + (event.round() > 1 ? " resubmitted its application after the changes the "
                                + "panel asked for (round " + event.round() + ")." : " submitted an application "
                                + "for the Sanctuary in Healthcare award."),
                        "It is in the review queue, waiting for a panel."),
                "Open the application", "reviews/" + event.applicationId()), contacts.byIds(leads.accountIds()));
    }

    @ApplicationModuleListener
    void on(ReviewerAssigned event) {
        if (event.claimed()) {
            return;
        }
        String practice = practiceName(event.practiceId());
        notifications.send(new Message(NotificationKind.REVIEWER_ASSIGNED, key(event.eventId()),
                "You are on the review panel for " + practice,
                List.of("A lead reviewer added you to the panel reviewing " + practice + "'s Sanctuary in "
                                + "Healthcare application.",
                        "Before you see the evidence, you will be asked to declare any conflict of interest."),
                "Open the application", "reviews/" + event.applicationId()),
                contacts.byIds(List.of(event.reviewerAccountId())));
    }

    @ApplicationModuleListener
    void on(DecisionRecorded event) {
        String practice = practiceName(event.practiceId());
        String link = "award/application/" + event.applicationId();
        var message = switch (event.outcome()) {
            case REQUEST_CHANGES -> new Message(NotificationKind.CHANGES_REQUESTED, key(event.eventId()),
                    "Changes requested on " + practice + "'s award application",
                    List.of("The review panel read " + practice + "'s application for the Sanctuary in Healthcare "
                                    + "award and asked for some changes before deciding.",
                            "You can see what the panel needs against each criterion, change your application "
                                    + "and resubmit it."),
                    "See what is needed", link);
            case AWARD -> new Message(NotificationKind.AWARD_DECISION, key(event.eventId()),
                    practice + " has the Sanctuary in Healthcare award",
                    List.of("Congratulations: the review panel awarded " + practice + " the Sanctuary in Healthcare "
                                    + "award.",
                            "Your certificate follows in a separate email, and the practice now shows as a Surgery "
                                    + "of Sanctuary in the public directory."),
                    "Read the panel's decision", link);
            case NOT_AWARD -> new Message(NotificationKind.AWARD_DECISION, key(event.eventId()),
                    "The panel's decision on " + practice + "'s award application",
                    List.of("The review panel decided not to give " + practice + " the Sanctuary in Healthcare "
                                    + "award this time.",
                            "The decision explains why, with the panel's comments; you are welcome to apply again."),
                    "Read the panel's decision", link);
        };
        toManagers(event.practiceId(), message);
    }

    /**
     * Award and declaration certificates go to the practice's managers. A training certificate goes to the attendee
     * only: a session for twenty staff would otherwise send the managers twenty emails, and the practice's
     * certificates page lists them all.
     */
    @ApplicationModuleListener
    void on(CertificateIssued event) {
        String code = new VerificationCode(event.code()).grouped();
        if (event.kind() == CertificateKind.TRAINING) {
            if (event.holderEmail() != null && !event.holderEmail().isBlank()) {
                notifications.sendTo(new Message(NotificationKind.CERTIFICATE_ISSUED, key(event.eventId()),
                        "Your Safe Surgeries training certificate",
                        List.of("Thank you for taking part in Safe Surgeries training with " + event.practiceName()
                                        + ". Your certificate is ready.",
                                "Its verification code is " + code + ". Anyone can check it at the link below."),
                        "Download your certificate", "verify/" + event.code()), event.holderEmail(),
                        event.holderName());
            }
            return;
        }
        String what = event.kind() == CertificateKind.AWARD ? "Sanctuary in Healthcare award certificate"
                : "Safe Surgery declaration certificate";
        String until = event.expiresOn() == null ? "" : " It is valid until " + DAY.format(event.expiresOn()) + ".";
        toManagers(event.practiceId(), new Message(NotificationKind.CERTIFICATE_ISSUED, key(event.eventId()),
                "A new " + what + " for " + event.practiceName(),
                List.of("A " + what + " was issued for " + event.practiceName() + "." + until,
                        "Its verification code is " + code + ". Anyone can check it, and download the signed PDF, "
                                + "at the link below."),
                "Check and download the certificate", "verify/" + event.code()));
    }

    @ApplicationModuleListener
    void on(AwardExpiring event) {
        String practice = practiceName(event.practiceId());
        toManagers(event.practiceId(), new Message(NotificationKind.AWARD_EXPIRING, key(event.eventId()),
                practice + "'s Sanctuary in Healthcare award expires on " + DAY.format(event.expiresOn()),
                List.of(practice + "'s award expires on " + DAY.format(event.expiresOn()) + ", in less than "
                                + event.daysBefore() + " days.",
                        "You can apply to renew it now: the renewal starts from your winning application, so most "
                                + "of it is already written."),
                "Start the renewal", "award/" + event.practiceId()));
    }

    @ApplicationModuleListener
    void on(AwardSuspended event) {
        String practice = practiceName(event.practiceId());
        toManagers(event.practiceId(), new Message(NotificationKind.AWARD_SUSPENDED_OR_REVOKED, key(event.eventId()),
                practice + "'s Sanctuary in Healthcare award is suspended",
                List.of("City of Sanctuary suspended " + practice + "'s award. The reason given: " + event.reason(),
                        "While it is suspended, the practice does not show as a Surgery of Sanctuary and its "
                                + "certificate shows as suspended. Reply to your reviewer to resolve it."),
                "See your award", "award/" + event.practiceId()));
    }

    @ApplicationModuleListener
    void on(AwardRevoked event) {
        String practice = practiceName(event.practiceId());
        toManagers(event.practiceId(), new Message(NotificationKind.AWARD_SUSPENDED_OR_REVOKED, key(event.eventId()),
                practice + "'s Sanctuary in Healthcare award is revoked",
                List.of("City of Sanctuary revoked " + practice + "'s award. The reason given: " + event.reason(),
                        "The practice no longer shows as a Surgery of Sanctuary and its certificate shows as "
                                + "revoked. The practice can apply again."),
                "See your award", "award/" + event.practiceId()));
    }

    @ApplicationModuleListener
    void on(RefresherDue event) {
        String practice = practiceName(event.practiceId());
        toManagers(event.practiceId(), new Message(NotificationKind.REFRESHER_DUE, key(event.eventId()),
                "Safe Surgeries refresher training is due at " + practice,
                List.of(practice + "'s most recent Safe Surgeries training was on " + DAY.format(event.lastTrainedOn())
                                + ", so a refresher was due on " + DAY.format(event.dueOn()) + ".",
                        "Doctors of the World trainers can run a session for your team, and the practice's training "
                                + "page shows who is trained."),
                "See your training", "training/practice/" + event.practiceId()));
    }

    @ApplicationModuleListener
    void on(ReviewOverdue event) {
        String practice = practiceName(event.practiceId());
        notifications.send(new Message(NotificationKind.REVIEW_OVERDUE, key(event.eventId()),
                practice + "'s application has waited more than " + event.targetDays() + " days",
                List.of(practice + "'s award application has been " + event.status().label().toLowerCase(Locale.UK)
                                + " since " + DAY.format(event.waitingSince()) + ", longer than the "
                                + event.targetDays() + "-day target."),
                "Open the application", "reviews/" + event.applicationId()), contacts.byIds(leads.accountIds()));
    }

    @ApplicationModuleListener
    void on(MysteryShopperCheckRecorded event) {
        String practice = practiceName(event.practiceId());
        var outcome = CheckOutcome.valueOf(event.outcome());
        toManagers(event.practiceId(), new Message(NotificationKind.CHECK_RECORDED, key(event.eventId()),
                "A mystery-shopper check of " + practice + " was recorded",
                List.of("Doctors of the World recorded a mystery-shopper check of " + practice + ": "
                                + outcome.label().toLowerCase(Locale.UK) + ".",
                        outcome.passed() ? "Thank you: the check found what a Safe Surgery should do."
                                : "Please read the check and respond: it says what happened and what would help."),
                "Read the check", "checks/practice/" + event.practiceId()));
    }

    private void toManagers(long practiceId, Message message) {
        notifications.send(message, contacts.managersOf(practiceId));
    }

    private String practiceName(long practiceId) {
        return practices.byIds(List.of(practiceId)).stream().findFirst().map(PracticeChoices.PracticeChoice::name)
                .orElse("Your practice");
    }

    private static String key(UUID eventId) {
        return eventId.toString();
    }
}
