package org.safesurgeries.portal.award.domain;

import org.safesurgeries.portal.award.AwardChoices.ApplicationStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface AwardApplications extends JpaRepository<AwardApplication, Long> {

    List<AwardApplication> findByPracticeIdOrderByStartedAtDescIdDesc(long practiceId);

    /**
     * Holds the application's row until the transaction ends, before reading it: a narrative or a file then cannot
     * slip in beside a submission, and two uploads cannot both pass the size limit.
     */
    @Query(value = "select id from award_application where id = ?1 for update", nativeQuery = true)
    Optional<Long> lock(long applicationId);

    Optional<AwardApplication> findFirstByPracticeIdAndStatusIn(long practiceId, Collection<ApplicationStatus> statuses);
}
