package org.safesurgeries.portal.award.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface CriteriaVersions extends JpaRepository<CriteriaVersion, Long> {

    Optional<CriteriaVersion> findFirstByOrderByVersionNumberDesc();
}
