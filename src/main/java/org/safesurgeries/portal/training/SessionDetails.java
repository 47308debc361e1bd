package org.safesurgeries.portal.training;

import org.safesurgeries.portal.security.EmailAddress;
import org.safesurgeries.portal.shared.TypedText;
import org.safesurgeries.portal.training.TrainingAnswers.SessionFormat;
import org.safesurgeries.portal.training.TrainingAnswers.Source;
import org.safesurgeries.portal.training.TrainingAnswers.StaffRole;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What is recorded about one training session: when, how, what about, and who came, as head-counts per practice and
 * role, with optional named attendees (practice staff, never patients) who can receive a certificate.
 */
public record SessionDetails(LocalDate deliveredOn, SessionFormat format, Source source, int durationMinutes,
                             Set<Long> topicIds, List<Attendance> attendance, List<NamedAttendee> attendees,
                             String notes) {

    /** How many staff of one role from one practice attended. */
    public record Attendance(long practiceId, StaffRole role, int attended) {

        public Attendance {
            Objects.requireNonNull(role, "Choose the staff role.");
            if (attended < 0 || attended > 500) {
                throw new IllegalArgumentException(role.label() + ": enter a whole number of staff from 0 to 500.");
            }
        }
    }

    /** A member of practice staff who attended, for an attendance certificate. */
    public record NamedAttendee(long practiceId, String name, StaffRole role, EmailAddress email) {

        public NamedAttendee {
            name = name == null ? "" : name.strip();
            if (name.isEmpty() || name.length() > 120) {
                throw new IllegalArgumentException("Give each named attendee's name (up to 120 characters).");
            }
            TypedText.requireLine("Named attendee", name);
            Objects.requireNonNull(role, "Choose the role of " + name + ".");
            Objects.requireNonNull(email, "Give the work email of " + name + ".");
        }
    }

    public static final int MIN_MINUTES = 10;
    public static final int MAX_MINUTES = 1440;

    public SessionDetails {
        Objects.requireNonNull(deliveredOn, "Give the date of the session.");
        Objects.requireNonNull(format, "Choose in person or online.");
        Objects.requireNonNull(source, "Choose who delivered the session.");
        if (durationMinutes < MIN_MINUTES || durationMinutes > MAX_MINUTES) {
            throw new IllegalArgumentException("The duration is from 10 minutes to 24 hours (1,440 minutes).");
        }
        topicIds = Set.copyOf(topicIds);
        if (topicIds.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one topic.");
        }
        attendance = List.copyOf(attendance);
        attendees = List.copyOf(attendees);
        if (attendance.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one practice.");
        }
        var seen = new HashSet<String>();
        for (var line : attendance) {
            if (!seen.add(line.practiceId() + "/" + line.role())) {
                throw new IllegalArgumentException("Give each role's attendance once per practice.");
            }
        }
        if (attendance.stream().mapToInt(Attendance::attended).sum() == 0) {
            throw new IllegalArgumentException("Give how many staff attended, by role.");
        }
        var practices = practiceIds(attendance);
        for (var attendee : attendees) {
            if (!practices.contains(attendee.practiceId())) {
                throw new IllegalArgumentException(attendee.name() + " must be from one of the session's practices.");
            }
        }
        notes = notes == null || notes.isBlank() ? null : notes.strip();
        if (notes != null && notes.length() > 1000) {
            throw new IllegalArgumentException("Keep the notes under 1,000 characters.");
        }
        TypedText.requireText("Notes", notes);
    }

    /** The practices the session served, in id order. */
    public Set<Long> practiceIds() {
        return practiceIds(attendance);
    }

    public int attended(long practiceId, StaffRole role) {
        return attendance.stream().filter(a -> a.practiceId() == practiceId && a.role() == role)
                .mapToInt(Attendance::attended).sum();
    }

    private static Set<Long> practiceIds(List<Attendance> attendance) {
        var ids = new TreeSet<Long>();
        attendance.forEach(a -> ids.add(a.practiceId()));
        return ids;
    }
}
