package org.safesurgeries.portal.award;

import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.award.AwardEvents.ReviewerProfileChanged;
import org.safesurgeries.portal.award.domain.ReviewerProfile;
import org.safesurgeries.portal.award.domain.ReviewerProfiles;
import org.safesurgeries.portal.security.AccountService;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The reviewers' panel attributes that an administrator sets: lead reviewer, lived experience of sanctuary. */
@Service
@Transactional
public class ReviewerService {

    public record Reviewer(long accountId, String name, String email, boolean lead, boolean livedExperience,
                           long version) {
    }

    private final ReviewerProfiles profiles;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewerService(ReviewerProfiles profiles, AccountService accounts, ApplicationEventPublisher events, Clock clock) {
        this.profiles = profiles;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<Reviewer> reviewers() {
        return accounts.activeReviewers().stream().map(a -> {
            var profile = profiles.findById(a.id()).orElseGet(() -> new ReviewerProfile(a.id()));
            return new Reviewer(a.id(), a.displayName(), a.email(), profile.isLead(), profile.isLivedExperience(),
                    profile.getVersion());
        }).toList();
    }

    @RolesAllowed(Roles.ADMIN)
    public Reviewer change(long accountId, long expectedVersion, boolean lead, boolean livedExperience) {
        var account = accounts.activeReviewers().stream().filter(a -> a.id() == accountId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("That person is not an active reviewer."));
        var profile = profiles.findById(accountId).orElseGet(() -> new ReviewerProfile(accountId));
        if (profile.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Someone else changed " + account.displayName()
                    + "'s attributes meanwhile. Nothing was saved: reload to see them.");
        }
        profile.change(lead, livedExperience);
        var saved = profiles.saveAndFlush(profile);
        events.publishEvent(new ReviewerProfileChanged(UUID.randomUUID(), clock.instant(), CurrentActor.name(),
                accountId, lead, livedExperience));
        return new Reviewer(accountId, account.displayName(), account.email(), saved.isLead(),
                saved.isLivedExperience(), saved.getVersion());
    }
}
