package org.safesurgeries.portal.award.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** What an administrator records about a reviewer: whether they lead panels, and lived experience of sanctuary. */
@Entity
@Table(name = "award_reviewer")
public class ReviewerProfile {

    @Id
    @Column(name = "account_id")
    private long accountId;

    private boolean lead;

    @Column(name = "lived_experience")
    private boolean livedExperience;

    // A wrapper, so Spring Data sees a new row (assigned id) as new.
    @Version
    private Long version;

    protected ReviewerProfile() {
    }

    public ReviewerProfile(long accountId) {
        this.accountId = accountId;
    }

    public void change(boolean lead, boolean livedExperience) {
        this.lead = lead;
        this.livedExperience = livedExperience;
    }

    public long getAccountId() {
        return accountId;
    }

    public boolean isLead() {
        return lead;
    }

    public boolean isLivedExperience() {
        return livedExperience;
    }

    public long getVersion() {
        return version == null ? -1 : version;
    }
}
