package org.safesurgeries.portal.award.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface Awards extends JpaRepository<Award, Long> {

    List<Award> findByPracticeIdOrderByAwardedOnDescIdDesc(long practiceId);

    Optional<Award> findByApplicationId(long applicationId);

    List<Award> findAllByOrderByExpiresOnAscIdAsc();
}
