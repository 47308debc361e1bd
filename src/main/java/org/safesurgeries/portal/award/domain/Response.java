package org.safesurgeries.portal.award.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;

/** The practice's narrative for one criterion. Saved as the person types; the version catches a second tab. */
@Entity
@Table(name = "award_response")
@IdClass(Response.Key.class)
public class Response {

    public static final int MAX_LENGTH = 6000;

    public record Key(long applicationId, long criterionId) implements Serializable {
        public Key {
        }

        // JPA needs a no-argument constructor on the id class.
        @SuppressWarnings("unused")
        Key() {
            this(0, 0);
        }
    }

    @Id
    @Column(name = "application_id")
    private long applicationId;

    @Id
    @Column(name = "criterion_id")
    private long criterionId;

    @Column(nullable = false)
    private String narrative;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    // A wrapper, so Spring Data sees a new row (assigned id) as new.
    @Version
    private Long version;

    protected Response() {
    }

    public Response(long applicationId, long criterionId) {
        this.applicationId = applicationId;
        this.criterionId = criterionId;
        this.narrative = "";
    }

    public void write(String text, String actor, Instant now) {
        String value = text == null ? "" : text.strip();
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A narrative can be at most " + String.format("%,d", MAX_LENGTH)
                    + " characters; this one has " + String.format("%,d", value.length()) + ".");
        }
        narrative = value;
        updatedAt = now;
        updatedBy = actor;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getCriterionId() {
        return criterionId;
    }

    public String getNarrative() {
        return narrative;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version == null ? -1 : version;
    }
}
