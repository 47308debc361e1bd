package org.safesurgeries.portal.award.domain;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.safesurgeries.portal.award.AwardChoices.Rating;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** One reviewer's assessment of one round of an application: a rating per criterion, saved, then submitted. */
@Entity
@Table(name = "award_assessment")
public class Assessment {

    public static final int MAX_TEXT = 2000;

    /** The rating of one criterion, a comment the practice will read, and a note only the panel sees. */
    @Embeddable
    public static class Entry {
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        private Rating rating;

        @Column(name = "comment_for_practice")
        private String commentForPractice;

        @Column(name = "private_note")
        private String privateNote;

        protected Entry() {
        }

        public Entry(Rating rating, String commentForPractice, String privateNote) {
            this.rating = Objects.requireNonNull(rating);
            this.commentForPractice = commentForPractice;
            this.privateNote = privateNote;
        }

        public Rating rating() {
            return rating;
        }

        public String commentForPractice() {
            return commentForPractice;
        }

        public String privateNote() {
            return privateNote;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Entry e && rating == e.rating && Objects.equals(commentForPractice, e.commentForPractice)
                    && Objects.equals(privateNote, e.privateNote);
        }

        @Override
        public int hashCode() {
            return Objects.hash(rating, commentForPractice, privateNote);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(nullable = false)
    private int round;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "award_assessment_rating", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "criterion_id")
    private Map<Long, Entry> entries = new HashMap<>();

    protected Assessment() {
    }

    public Assessment(long applicationId, int round, long accountId) {
        this.applicationId = applicationId;
        this.round = round;
        this.accountId = accountId;
    }

    public void record(Map<Long, Entry> ratings) {
        requireDraft();
        entries.clear();
        entries.putAll(ratings);
    }

    /** Submitting needs a rating for every criterion; after that the assessment is fixed. */
    public void submit(Collection<Long> criterionIds, Instant now) {
        requireDraft();
        long missing = criterionIds.stream().filter(id -> !entries.containsKey(id)).count();
        if (missing > 0) {
            throw new IllegalStateException("Rate every criterion before submitting: " + missing
                    + (missing == 1 ? " is" : " are") + " not rated yet.");
        }
        submittedAt = now;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    private void requireDraft() {
        if (isSubmitted()) {
            throw new IllegalStateException("This assessment has been submitted and can no longer be changed.");
        }
    }

    public Long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public int getRound() {
        return round;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public long getVersion() {
        return version;
    }

    public Map<Long, Entry> getEntries() {
        return Map.copyOf(entries);
    }
}
