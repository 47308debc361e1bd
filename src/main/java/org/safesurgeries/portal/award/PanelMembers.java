package org.safesurgeries.portal.award;

import org.safesurgeries.portal.award.AwardChoices.ApplicationStatus;
import org.safesurgeries.portal.award.domain.Assessments;
import org.safesurgeries.portal.award.domain.AwardApplication;
import org.safesurgeries.portal.award.domain.Panels;
import org.safesurgeries.portal.award.domain.ReviewerProfile;
import org.safesurgeries.portal.award.domain.ReviewerProfiles;
import org.safesurgeries.portal.security.AccountService;
import org.safesurgeries.portal.security.AccountSummary;
import org.safesurgeries.portal.security.CurrentUser.SignedInUser;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reviewers as the panel sees them: names, lead and lived-experience attributes, conflicts, who has submitted. */
@Component
public class PanelMembers {

    public record Seat(long accountId, String name, boolean lead, boolean livedExperience, boolean submitted) {
    }

    public record Candidate(long accountId, String name, boolean livedExperience) {
    }

    /** The panel of an application as one reviewer sees it, with what they may do. */
    public record PanelView(long applicationId, String practiceLabel, ApplicationStatus status, int round,
                            long applicationVersion,
                            List<Seat> members, List<Candidate> assignable, Optional<Boolean> myConflict,
                            boolean iAmLead, boolean iAmMember) {
        public boolean declaredNoConflict() {
            return myConflict.map(c -> !c).orElse(false);
        }
    }

    private final Panels panels;
    private final Assessments assessments;
    private final ReviewerProfiles profiles;
    private final AccountService accounts;
    private final ApplicationReader reader;

    PanelMembers(Panels panels, Assessments assessments, ReviewerProfiles profiles, AccountService accounts,
                 ApplicationReader reader) {
        this.reader = reader;
        this.panels = panels;
        this.assessments = assessments;
        this.profiles = profiles;
        this.accounts = accounts;
    }

    boolean isLead(long accountId) {
        return profiles.findById(accountId).map(ReviewerProfile::isLead).orElse(false);
    }

    PanelView view(AwardApplication application, SignedInUser me) {
        var reviewers = reviewers();
        var seats = seats(application, reviewers);
        var onPanel = seats.stream().map(Seat::accountId).collect(Collectors.toSet());
        var conflicted = Set.copyOf(panels.conflicted(application.getId()));
        var candidates = reviewers.values().stream()
                .filter(r -> !onPanel.contains(r.id()) && !conflicted.contains(r.id())
                        && !r.practiceIds().contains(application.getPracticeId()))
                .map(r -> new Candidate(r.id(), r.displayName(), livedExperience(r.id()))).toList();
        var practice = reader.practice(application.getPracticeId());
        return new PanelView(application.getId(), practice.label(), application.getStatus(), application.getRound(),
                application.getVersion(), seats, candidates, panels.conflict(application.getId(), me.id()),
                isLead(me.id()), onPanel.contains(me.id()));
    }

    /** The current panel, with who has submitted an assessment in the current round. */
    List<Seat> seats(AwardApplication application) {
        return seats(application, reviewers());
    }

    private List<Seat> seats(AwardApplication application, Map<Long, AccountSummary> reviewers) {
        var submitted = assessments.findByApplicationIdAndRoundOrderById(application.getId(), application.getRound())
                .stream().filter(a -> a.isSubmitted()).map(a -> a.getAccountId()).collect(Collectors.toSet());
        return panels.members(application.getId()).stream().map(id -> {
            var profile = profiles.findById(id);
            var account = reviewers.get(id);
            return new Seat(id, account == null ? "Former reviewer" : account.displayName(),
                    profile.map(ReviewerProfile::isLead).orElse(false),
                    profile.map(ReviewerProfile::isLivedExperience).orElse(false), submitted.contains(id));
        }).toList();
    }

    Optional<String> whyNotOnPanel(AwardApplication application, long accountId) {
        var reviewer = reviewers().get(accountId);
        if (reviewer == null) {
            return Optional.of("That person is not an active reviewer.");
        }
        if (reviewer.practiceIds().contains(application.getPracticeId())) {
            return Optional.of(reviewer.displayName() + " works with this practice and cannot review it.");
        }
        if (panels.conflict(application.getId(), accountId).orElse(false)) {
            return Optional.of(reviewer.displayName() + " declared a conflict of interest with this application.");
        }
        return Optional.empty();
    }

    String name(long accountId) {
        var reviewer = reviewers().get(accountId);
        return reviewer == null ? "Former reviewer" : reviewer.displayName();
    }

    boolean livedExperience(long accountId) {
        return profiles.findById(accountId).map(ReviewerProfile::isLivedExperience).orElse(false);
    }

    private Map<Long, AccountSummary> reviewers() {
        return accounts.activeReviewers().stream().collect(Collectors.toMap(AccountSummary::id, Function.identity()));
    }
}
