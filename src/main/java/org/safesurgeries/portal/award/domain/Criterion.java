package org.safesurgeries.portal.award.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.safesurgeries.portal.award.AwardChoices.Section;

/** One criterion of a criteria version. Its code stays the same across versions, so renewals can carry answers. */
@Entity
@Table(name = "award_criterion")
public class Criterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Section section;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String title;

    @Column(name = "applicant_guidance", nullable = false)
    private String applicantGuidance;

    @Column(name = "reviewer_guidance", nullable = false)
    private String reviewerGuidance;

    protected Criterion() {
    }

    public Criterion(String code, Section section, int position, String title, String applicantGuidance,
                     String reviewerGuidance) {
        this.code = code;
        this.section = section;
        this.position = position;
        this.title = title;
        this.applicantGuidance = applicantGuidance;
        this.reviewerGuidance = reviewerGuidance;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Section getSection() {
        return section;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getApplicantGuidance() {
        return applicantGuidance;
    }

    public String getReviewerGuidance() {
        return reviewerGuidance;
    }
}
