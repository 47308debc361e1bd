package org.safesurgeries.portal.award.domain;

import org.safesurgeries.portal.award.AwardChoices.ApplicationStatus;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface AwardApplications extends JpaRepository<AwardApplication, Long> {

    List<AwardApplication> findByPracticeIdOrderByStartedAtDescIdDesc(long practiceId);

    Optional<AwardApplication> findFirstByPracticeIdAndStatusIn(long practiceId, Collection<ApplicationStatus> statuses);
}
