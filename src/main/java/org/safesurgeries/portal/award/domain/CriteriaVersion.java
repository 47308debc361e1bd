package org.safesurgeries.portal.award.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.safesurgeries.portal.award.AwardChoices.Section;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One published version of the criteria. Never changed once published: an edit publishes the next version. */
@Entity
@Table(name = "award_criteria_version")
public class CriteriaVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    private String publishedBy;

    @Column(name = "change_note")
    private String changeNote;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "award_section_minimum", joinColumns = @JoinColumn(name = "criteria_version_id"))
    @MapKeyColumn(name = "section")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "minimum")
    private Map<Section, Integer> minimums = new EnumMap<>(Section.class);

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "criteria_version_id", nullable = false, updatable = false)
    @OrderBy("section, position")
    private List<Criterion> criteria = new ArrayList<>();

    protected CriteriaVersion() {
    }

    public CriteriaVersion(int versionNumber, Map<Section, Integer> minimums, List<Criterion> criteria,
                           String changeNote, String publishedBy, Instant publishedAt) {
        this.versionNumber = versionNumber;
        this.minimums = new EnumMap<>(minimums);
        this.criteria = new ArrayList<>(criteria);
        this.changeNote = changeNote;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    public Long getId() {
        return id;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public Map<Section, Integer> getMinimums() {
        return Map.copyOf(minimums);
    }

    public List<Criterion> getCriteria() {
        return List.copyOf(criteria);
    }
}
