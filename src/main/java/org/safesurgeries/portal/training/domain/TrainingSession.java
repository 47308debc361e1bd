package org.safesurgeries.portal.training.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.safesurgeries.portal.security.EmailAddress;
import org.safesurgeries.portal.training.SessionDetails;
import org.safesurgeries.portal.training.SessionDetails.Attendance;
import org.safesurgeries.portal.training.SessionDetails.NamedAttendee;
import org.safesurgeries.portal.training.TrainingAnswers.SessionFormat;
import org.safesurgeries.portal.training.TrainingAnswers.Source;
import org.safesurgeries.portal.training.TrainingAnswers.StaffRole;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One training session as recorded; {@code version} detects two people editing it at once. */
@Entity
@Table(name = "training_session")
public class TrainingSession {

    @Embeddable
    public static class AttendanceLine {
        private long practiceId;
        @Enumerated(EnumType.STRING)
        @Column(name = "staff_role")
        private StaffRole role;
        private int attended;

        protected AttendanceLine() {
        }

        AttendanceLine(Attendance attendance) {
            practiceId = attendance.practiceId();
            role = attendance.role();
            attended = attendance.attended();
        }

        Attendance toAttendance() {
            return new Attendance(practiceId, role, attended);
        }

        // Hibernate compares element collections with their snapshot by equals: without it, every flush would see
        // them changed, rewrite them and bump the version.
        @Override
        public boolean equals(Object other) {
            return other instanceof AttendanceLine line && toAttendance().equals(line.toAttendance());
        }

        @Override
        public int hashCode() {
            return toAttendance().hashCode();
        }
    }

    @Embeddable
    public static class AttendeeLine {
        private long practiceId;
        private String name;
        @Enumerated(EnumType.STRING)
        @Column(name = "staff_role")
        private StaffRole role;
        private String email;

        protected AttendeeLine() {
        }

        AttendeeLine(NamedAttendee attendee) {
            practiceId = attendee.practiceId();
            name = attendee.name();
            role = attendee.role();
            email = attendee.email().value();
        }

        NamedAttendee toAttendee() {
            return new NamedAttendee(practiceId, name, role, new EmailAddress(email));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof AttendeeLine line && toAttendee().equals(line.toAttendee());
        }

        @Override
        public int hashCode() {
            return toAttendee().hashCode();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private LocalDate deliveredOn;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Source source;

    @Enumerated(EnumType.STRING)
    private SessionFormat format;

    private int durationMinutes;
    private String notes;

    @Column(updatable = false)
    private String recordedBy;

    @Column(updatable = false)
    private Instant createdAt;

    private boolean unlocked;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_session_topic", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "topic_id")
    private Set<Long> topicIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_attendance", joinColumns = @JoinColumn(name = "session_id"))
    private Set<AttendanceLine> attendance = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_attendee", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<AttendeeLine> attendees = new ArrayList<>();

    protected TrainingSession() {
    }

    public TrainingSession(SessionDetails details, String recordedBy, Instant createdAt) {
        this.source = details.source();
        this.recordedBy = recordedBy;
        this.createdAt = createdAt;
        change(details);
    }

    /** Replaces what was recorded (the source and who recorded it stay). */
    public void change(SessionDetails details) {
        deliveredOn = details.deliveredOn();
        format = details.format();
        durationMinutes = details.durationMinutes();
        notes = details.notes();
        topicIds.clear();
        topicIds.addAll(details.topicIds());
        attendance.clear();
        details.attendance().stream().filter(a -> a.attended() > 0).map(AttendanceLine::new).forEach(attendance::add);
        attendees.clear();
        details.attendees().stream().map(AttendeeLine::new).forEach(attendees::add);
    }

    public SessionDetails details() {
        return new SessionDetails(deliveredOn, format, source, durationMinutes, topicIds,
                attendance.stream().map(AttendanceLine::toAttendance).toList(),
                attendees.stream().map(AttendeeLine::toAttendee).toList(), notes);
    }

    public void unlock() {
        unlocked = true;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public Source getSource() {
        return source;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isUnlocked() {
        return unlocked;
    }

    public long getVersion() {
        return version;
    }
}
