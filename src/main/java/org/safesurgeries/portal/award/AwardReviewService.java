package org.safesurgeries.portal.award;

import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.award.AwardChoices.ApplicationStatus;
import org.safesurgeries.portal.award.AwardEvents.ApplicationStatusChanged;
import org.safesurgeries.portal.award.AwardEvents.ConflictDeclared;
import org.safesurgeries.portal.award.AwardEvents.ReviewerAssigned;
import org.safesurgeries.portal.award.domain.AwardApplication;
import org.safesurgeries.portal.award.domain.AwardApplications;
import org.safesurgeries.portal.award.domain.Panels;
import org.safesurgeries.portal.security.CurrentUser;
import org.safesurgeries.portal.security.Role;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.CurrentActor;
import org.safesurgeries.portal.shared.OneStatementRead;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The panel's side before assessing: the review queue, declaring conflicts of interest, and forming the panel (a
 * lead assigns reviewers, or a reviewer joins). Assessments and decisions are in {@link AssessmentService}.
 */
@Service
@Transactional
public class AwardReviewService {

    public static final int MAX_PANEL = 6;

    private final AwardApplications applications;
    private final Panels panels;
    private final PanelMembers members;
    private final ApplicationReader reader;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int targetDays;

    AwardReviewService(AwardApplications applications, Panels panels, PanelMembers members, ApplicationReader reader,
                       CurrentUser currentUser, ApplicationEventPublisher events, JdbcTemplate jdbc, Clock clock,
                       @Value("${portal.award.review-target-days:30}") int targetDays) {
        this.applications = applications;
        this.panels = panels;
        this.members = members;
        this.reader = reader;
        this.currentUser = currentUser;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.targetDays = targetDays;
    }

    /** A setting, not a query: no transaction (the view asks for it twice on every opening of the queue). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public int targetDays() {
        return targetDays;
    }

    /** One page of the queue, longest waiting first. Drafts are the practice's own and never listed. */
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    @OneStatementRead
    public List<ReviewQueue.Row> queue(ReviewQueue.Filter filter, int offset, int limit) {
        var args = new ArrayList<Object>();
        String where = where(filter, args);
        args.add(limit);
        args.add(offset);
        var now = clock.instant();
        return jdbc.query("""
                select a.id, p.name, p.ods_code, coalesce(r.name, p.region_code), a.status, a.round,
                       a.renewal_of_award_id is not null, a.status_since,
                       (select count(*) from award_panel_member m where m.application_id = a.id),
                       (select count(*) from award_assessment s where s.application_id = a.id and s.round = a.round
                          and s.submitted_at is not null)
                """ + FROM + where + " order by a.status_since, a.id limit ? offset ?", (rs, n) -> {
            var status = ApplicationStatus.valueOf(rs.getString(5));
            var since = rs.getTimestamp(8).toInstant();
            long days = Duration.between(since, now).toDays();
            return new ReviewQueue.Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), status,
                    rs.getInt(6), rs.getBoolean(7), since, days, status.withPanel() && days >= targetDays,
                    rs.getInt(9), rs.getInt(10));
        }, args.toArray());
    }

    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    @OneStatementRead
    public int count(ReviewQueue.Filter filter) {
        var args = new ArrayList<Object>();
        Integer n = jdbc.queryForObject("select count(*) " + FROM + where(filter, args), Integer.class, args.toArray());
        return n == null ? 0 : n;
    }

    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    @OneStatementRead
    public List<String> regions() {
        return jdbc.queryForList("select distinct coalesce(r.name, p.region_code) " + FROM + " order by 1",
                String.class);
    }

    private static final String FROM = """
             from award_application a join practice p on p.id = a.practice_id
             left join nhs_region r on r.code = p.region_code
             where a.status <> 'DRAFT'
            """;

    private String where(ReviewQueue.Filter filter, List<Object> args) {
        var sql = new StringBuilder();
        if (filter.status() != null) {
            sql.append(" and a.status = ?");
            args.add(filter.status().name());
        } else {
            sql.append(" and a.status in ('SUBMITTED', 'UNDER_REVIEW')");
        }
        if (filter.region() != null && !filter.region().isBlank()) {
            sql.append(" and coalesce(r.name, p.region_code) = ?");
            args.add(filter.region());
        }
        int days = Math.max(filter.minDaysWaiting() == null ? 0 : filter.minDaysWaiting(),
                filter.overdueOnly() ? targetDays : 0);
        if (days > 0) {
            sql.append(" and a.status_since <= ?");
            args.add(Timestamp.from(clock.instant().minus(Duration.ofDays(days))));
        }
        if (filter.overdueOnly()) {
            sql.append(" and a.status in ('SUBMITTED', 'UNDER_REVIEW')");
        }
        return sql.toString();
    }

    /**
     * Before seeing the evidence, a reviewer declares a conflict of interest, or none. A conflict takes them off the
     * panel for good. Staff of the practice always have a conflict.
     */
    @RolesAllowed(Roles.REVIEWER)
    public void declare(long applicationId, boolean conflicted) {
        var application = reader.find(applicationId);
        if (application.getStatus() == ApplicationStatus.DRAFT) {
            throw new AccessDeniedException(ApplicationReader.NO_ACCESS);
        }
        var me = currentUser.require();
        boolean ownPractice = me.practiceIds().contains(application.getPracticeId());
        if (!conflicted && ownPractice) {
            throw new IllegalStateException("You work with this practice, so you have a conflict of interest and "
                    + "cannot review its application.");
        }
        if (!conflicted && panels.conflict(applicationId, me.id()).orElse(false)) {
            throw new IllegalStateException("You declared a conflict of interest with this application; that cannot "
                    + "be undone.");
        }
        panels.declare(applicationId, me.id(), conflicted, clock.instant());
        if (conflicted) {
            panels.remove(applicationId, me.id());
        }
        events.publishEvent(new ConflictDeclared(UUID.randomUUID(), clock.instant(), CurrentActor.name(),
                applicationId, me.id(), conflicted));
    }

    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public PanelMembers.PanelView panel(long applicationId) {
        return members.view(reader.find(applicationId), currentUser.require());
    }

    /** A lead reviewer (or an admin) puts a reviewer on the panel. */
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    public void assign(long applicationId, long reviewerAccountId) {
        var me = currentUser.require();
        if (!me.has(Role.ADMIN) && !members.isLead(me.id())) {
            throw new AccessDeniedException("Only a lead reviewer can assign reviewers.");
        }
        join(reader.find(applicationId), reviewerAccountId, false);
    }

    /** A reviewer who has declared no conflict joins the panel. */
    @RolesAllowed(Roles.REVIEWER)
    public void claim(long applicationId) {
        var me = currentUser.require();
        if (!panels.conflict(applicationId, me.id()).map(c -> !c).orElse(false)) {
            throw new IllegalStateException("Declare whether you have a conflict of interest before joining the panel.");
        }
        join(reader.find(applicationId), me.id(), true);
    }

    /** A resubmitted application goes back under review when a panel member starts the new round. */
    @RolesAllowed(Roles.REVIEWER)
    public void startReview(long applicationId, long expectedVersion) {
        var application = AwardApplicationService.requireVersion(reader.find(applicationId), expectedVersion);
        var me = currentUser.require();
        if (!panels.isMember(applicationId, me.id()) && !members.isLead(me.id())) {
            throw new AccessDeniedException("Only the panel or a lead reviewer can start the review.");
        }
        startReview(application);
    }

    private void join(AwardApplication application, long accountId, boolean claimed) {
        if (!application.getStatus().withPanel()) {
            throw new IllegalStateException("Reviewers join an application once it is submitted and until it is decided.");
        }
        var problem = members.whyNotOnPanel(application, accountId);
        if (problem.isPresent()) {
            throw new IllegalStateException(problem.get());
        }
        if (panels.members(application.getId()).size() >= MAX_PANEL) {
            throw new IllegalStateException("The panel already has " + MAX_PANEL + " members.");
        }
        if (panels.add(application.getId(), accountId, CurrentActor.name(), clock.instant())) {
            events.publishEvent(new ReviewerAssigned(UUID.randomUUID(), clock.instant(), CurrentActor.name(),
                    application.getId(), application.getPracticeId(), accountId, claimed));
        }
        if (application.getStatus() == ApplicationStatus.SUBMITTED) {
            startReview(application);
        }
    }

    private void startReview(AwardApplication application) {
        var from = application.startReview(clock.instant());
        applications.saveAndFlush(application);
        events.publishEvent(new ApplicationStatusChanged(UUID.randomUUID(), clock.instant(), CurrentActor.name(),
                application.getId(), application.getPracticeId(), from, application.getStatus(),
                application.getRound()));
    }
}
