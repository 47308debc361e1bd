package org.safesurgeries.portal.training;

import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.practice.PracticeService;
import org.safesurgeries.portal.security.CurrentUser;
import org.safesurgeries.portal.security.PracticeChoices;
import org.safesurgeries.portal.security.Role;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.CurrentActor;
import org.safesurgeries.portal.shared.TypedText;
import org.safesurgeries.portal.shared.UkCalendar;
import org.safesurgeries.portal.training.TrainingAnswers.Source;
import org.safesurgeries.portal.training.TrainingCoverage.RoleCoverage;
import org.safesurgeries.portal.training.TrainingCoverage.Trained;
import org.safesurgeries.portal.training.TrainingEvents.TrainingAttended;
import org.safesurgeries.portal.training.TrainingEvents.TrainingSessionChanged;
import org.safesurgeries.portal.training.TrainingEvents.TrainingSessionRecorded;
import org.safesurgeries.portal.training.TrainingEvents.TrainingSessionUnlocked;
import org.safesurgeries.portal.training.domain.TrainingSession;
import org.safesurgeries.portal.training.domain.TrainingSessions;
import org.safesurgeries.portal.training.domain.TrainingTopic;
import org.safesurgeries.portal.training.domain.TrainingTopics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Records training sessions and answers questions about them. Trainers record verified sessions for any practice;
 * practice managers record their own in-house or e-learning sessions (self-reported). A session can be edited by
 * whoever recorded it for 30 days, then it is locked until an administrator unlocks it.
 */
@Service
@Transactional
public class TrainingRecords {

    public static final Duration EDITABLE_FOR = Duration.ofDays(30);

    /** A topic to choose from. */
    public record Topic(long id, String name, boolean active) {
    }

    /** A recorded session as people see it. */
    public record SessionRecord(long id, SessionDetails details, String recordedBy, Instant recordedAt,
                                boolean locked, boolean editableByMe, long version,
                                List<PracticeChoices.PracticeChoice> practices, List<String> topics) {

        public boolean verified() {
            return details.source().verified();
        }

        /** "Name (ODS), Name (ODS)", by name. */
        public String practiceLabels() {
            return practices.stream().map(PracticeChoices.PracticeChoice::label).collect(Collectors.joining(", "));
        }
    }

    private final TrainingSessions sessions;
    private final TrainingTopics topics;
    private final CurrentUser currentUser;
    private final PracticeChoices practices;
    private final PracticeService practiceService;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int refresherMonths;

    TrainingRecords(TrainingSessions sessions, TrainingTopics topics, CurrentUser currentUser,
                    PracticeChoices practices, PracticeService practiceService, ApplicationEventPublisher events,
                    Clock clock, @Value("${portal.training.refresher-months:24}") int refresherMonths) {
        this.sessions = sessions;
        this.topics = topics;
        this.currentUser = currentUser;
        this.practices = practices;
        this.practiceService = practiceService;
        this.events = events;
        this.clock = clock;
        this.refresherMonths = refresherMonths;
    }

    public int refresherMonths() {
        return refresherMonths;
    }

    @RolesAllowed({Roles.TRAINER, Roles.PRACTICE_MANAGER, Roles.ADMIN})
    public SessionRecord record(SessionDetails details) {
        check(details);
        var session = sessions.saveAndFlush(new TrainingSession(details, CurrentActor.name(), clock.instant()));
        events.publishEvent(new TrainingSessionRecorded(UUID.randomUUID(), clock.instant(), CurrentActor.name(),
                session.getId(), details.deliveredOn(), details.source().name(), List.copyOf(details.practiceIds())));
        announceAttendees(session.getId(), details, List.of());
        return view(session);
    }

    /** Sessions the same person already recorded on the same day for any of these practices: likely duplicates. */
    @RolesAllowed({Roles.TRAINER, Roles.PRACTICE_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<SessionRecord> likelyDuplicates(SessionDetails details, Long except) {
        return sessions.sameDay(CurrentActor.name(), details.deliveredOn(), details.practiceIds()).stream()
                .filter(s -> !s.getId().equals(except)).map(this::view).toList();
    }

    @RolesAllowed({Roles.TRAINER, Roles.PRACTICE_MANAGER, Roles.ADMIN})
    public SessionRecord change(long sessionId, long expectedVersion, SessionDetails details) {
        var session = require(sessionId);
        if (session.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(TrainingSession.class, sessionId);
        }
        if (!editableByMe(session)) {
            throw new IllegalStateException(locked(session)
                    ? "This session was recorded more than 30 days ago and is locked. An administrator can unlock it."
                    : "Only the person who recorded this session can change it.");
        }
        if (details.source() != session.getSource()) {
            throw new IllegalArgumentException("Who delivered a session cannot be changed; record a new session.");
        }
        check(details);
        var before = session.details();
        session.change(details);
        sessions.saveAndFlush(session);
        events.publishEvent(new TrainingSessionChanged(UUID.randomUUID(), clock.instant(), CurrentActor.name(),
                sessionId));
        announceAttendees(sessionId, details, before.attendees());
        return view(session);
    }

    @RolesAllowed(Roles.ADMIN)
    public SessionRecord unlock(long sessionId) {
        var session = require(sessionId);
        session.unlock();
        sessions.saveAndFlush(session);
        events.publishEvent(new TrainingSessionUnlocked(UUID.randomUUID(), clock.instant(), CurrentActor.name(),
                sessionId));
        return view(session);
    }

    @RolesAllowed({Roles.TRAINER, Roles.REVIEWER, Roles.PRACTICE_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public SessionRecord session(long sessionId) {
        var user = currentUser.require();
        var session = sessions.findById(sessionId);
        // For a practice manager, another practice's session and one that does not exist are refused alike.
        if (!user.readsEveryPractice() && session.map(s -> s.details().practiceIds().stream()
                .noneMatch(id -> user.practiceIds().contains(id))).orElse(true)) {
            throw new AccessDeniedException("You do not have access to this session.");
        }
        return view(session.orElseThrow(() -> new IllegalArgumentException("There is no such session.")), user);
    }

    /** A practice's training, newest first: for the practice itself, trainers, reviewers and admins. */
    @RolesAllowed({Roles.TRAINER, Roles.REVIEWER, Roles.PRACTICE_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<SessionRecord> sessionsOf(long practiceId) {
        currentUser.requirePracticeReadAccess(practiceId);
        var user = currentUser.require();
        return sessions.ofPractice(practiceId).stream().map(s -> view(s, user)).toList();
    }

    /** The sessions the signed-in person recorded, newest first. */
    @RolesAllowed({Roles.TRAINER, Roles.PRACTICE_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<SessionRecord> mySessions() {
        return sessions.findByRecordedByOrderByDeliveredOnDescIdDesc(CurrentActor.name()).stream().map(this::view)
                .toList();
    }

    /** Coverage per staff role against the practice's head-count, with refresher dates. */
    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<RoleCoverage> coverage(long practiceId) {
        return coverage(practiceId, refresherMonths);
    }

    /** Coverage counting training in the last {@code months} months (the award asks for its own window). */
    @RolesAllowed({Roles.PRACTICE_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<RoleCoverage> coverage(long practiceId, int months) {
        var headcounts = practiceService.get(practiceId).headcounts();
        var trained = new ArrayList<Trained>();
        for (var session : sessions.ofPractice(practiceId)) {
            session.details().attendance().stream().filter(a -> a.practiceId() == practiceId)
                    .forEach(a -> trained.add(new Trained(session.getDeliveredOn(), a.role(), a.attended())));
        }
        return TrainingCoverage.of(headcounts, trained, today(), months);
    }

    @RolesAllowed({Roles.TRAINER, Roles.REVIEWER, Roles.PRACTICE_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<Topic> topics() {
        return topics.findAllByOrderByPositionAscNameAsc().stream()
                .map(t -> new Topic(t.getId(), t.getName(), t.isActive())).toList();
    }

    @RolesAllowed(Roles.ADMIN)
    public Topic addTopic(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 120) {
            throw new IllegalArgumentException("Give the topic a name of up to 120 characters.");
        }
        TypedText.requireLine("Topic", clean);
        if (topics.existsByNameIgnoreCase(clean)) {
            throw new IllegalArgumentException("There is already a topic called \"" + clean + "\".");
        }
        var topic = topics.saveAndFlush(new TrainingTopic(clean, topics.lastPosition() + 1));
        return new Topic(topic.getId(), topic.getName(), topic.isActive());
    }

    /** Retires a topic (no longer offered for new sessions) or brings it back; sessions keep their topics. */
    @RolesAllowed(Roles.ADMIN)
    public void setTopicActive(long topicId, boolean active) {
        var topic = topics.findById(topicId).orElseThrow(() -> new IllegalArgumentException("There is no such topic."));
        topic.setActive(active);
    }

    private void check(SessionDetails details) {
        if (details.deliveredOn().isAfter(today())) {
            throw new IllegalArgumentException("A session in the future cannot be recorded as delivered.");
        }
        var user = currentUser.require();
        boolean trainer = user.has(Role.TRAINER) || user.has(Role.ADMIN);
        if (details.source() == Source.DOTW_TRAINER && !trainer) {
            throw new IllegalArgumentException("Only Doctors of the World trainers record their sessions as verified. "
                    + "Record your practice's own training as in-house or e-learning.");
        }
        if (details.source() != Source.DOTW_TRAINER && trainer && !user.has(Role.ADMIN)) {
            throw new IllegalArgumentException("Trainers record the sessions they deliver.");
        }
        for (long practiceId : details.practiceIds()) {
            if (!trainer) {
                currentUser.requirePracticeAccess(practiceId);
            }
        }
        if (practices.byIds(details.practiceIds()).size() != details.practiceIds().size()) {
            throw new IllegalArgumentException("One of the practices does not exist.");
        }
        var known = topics.findAllById(details.topicIds());
        if (known.size() != details.topicIds().size()) {
            throw new IllegalArgumentException("One of the topics does not exist.");
        }
    }

    // Each named attendee who was not on the session before is told about once, for their certificate.
    private void announceAttendees(long sessionId, SessionDetails details, List<SessionDetails.NamedAttendee> before) {
        var topicNames = topics.findAllById(details.topicIds()).stream().map(TrainingTopic::getName).sorted().toList();
        details.attendees().stream().filter(a -> !before.contains(a)).forEach(a -> events.publishEvent(
                new TrainingAttended(UUID.randomUUID(), clock.instant(), sessionId, a.practiceId(), a.name(),
                        a.role().name(), a.email().value(), details.deliveredOn(), topicNames)));
    }

    private SessionRecord view(TrainingSession session) {
        var details = session.details();
        var served = practices.byIds(details.practiceIds()).stream()
                .sorted(Comparator.comparing(PracticeChoices.PracticeChoice::name)).toList();
        Map<Long, String> topicNames = topics.findAllById(details.topicIds()).stream()
                .collect(Collectors.toMap(TrainingTopic::getId, TrainingTopic::getName));
        return new SessionRecord(session.getId(), details, session.getRecordedBy(), session.getCreatedAt(),
                locked(session), editableByMe(session), session.getVersion(), served,
                details.topicIds().stream().map(topicNames::get).sorted().toList());
    }

    /**
     * A session several practices shared, as a practice manager may read it: without the other practices' named
     * staff (their names and work emails). Whoever recorded it, and those who read every practice, see it whole.
     */
    private SessionRecord view(TrainingSession session, CurrentUser.SignedInUser reader) {
        var record = view(session);
        var d = record.details();
        var named = d.attendees().stream().filter(a -> reader.readsEveryPractice()
                || session.getRecordedBy().equals(reader.email()) || reader.practiceIds().contains(a.practiceId()))
                .toList();
        if (named.size() == d.attendees().size()) {
            return record;
        }
        return new SessionRecord(record.id(), new SessionDetails(d.deliveredOn(), d.format(), d.source(),
                d.durationMinutes(), d.topicIds(), d.attendance(), named, d.notes()), record.recordedBy(),
                record.recordedAt(), record.locked(), record.editableByMe(), record.version(), record.practices(),
                record.topics());
    }

    private boolean locked(TrainingSession session) {
        return !session.isUnlocked() && session.getCreatedAt().plus(EDITABLE_FOR).isBefore(clock.instant());
    }

    private boolean editableByMe(TrainingSession session) {
        return !locked(session) && session.getRecordedBy().equals(CurrentActor.name());
    }

    private TrainingSession require(long sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> new IllegalArgumentException("There is no such session."));
    }

    private LocalDate today() {
        return UkCalendar.today(clock);
    }
}
