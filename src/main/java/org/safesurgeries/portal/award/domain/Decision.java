package org.safesurgeries.portal.award.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import org.safesurgeries.portal.award.AwardChoices.Outcome;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The lead reviewer's decision on one round, with its rationale and, for "request changes", what is needed. */
@Entity
@Table(name = "award_decision")
public class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(nullable = false)
    private int round;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Column(nullable = false)
    private String rationale;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "award_change_request", joinColumns = @JoinColumn(name = "decision_id"))
    @MapKeyColumn(name = "criterion_id")
    @Column(name = "needed")
    private Map<Long, String> changesNeeded = new HashMap<>();

    protected Decision() {
    }

    public Decision(long applicationId, int round, Outcome outcome, String rationale, Map<Long, String> changesNeeded,
                    String decidedBy, Instant decidedAt) {
        this.applicationId = applicationId;
        this.round = round;
        this.outcome = outcome;
        this.rationale = rationale;
        this.changesNeeded = new HashMap<>(changesNeeded);
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
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

    public Outcome getOutcome() {
        return outcome;
    }

    public String getRationale() {
        return rationale;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Map<Long, String> getChangesNeeded() {
        return Map.copyOf(changesNeeded);
    }
}
