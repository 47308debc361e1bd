package org.safesurgeries.portal.training.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface TrainingTopics extends JpaRepository<TrainingTopic, Long> {

    List<TrainingTopic> findAllByOrderByPositionAscNameAsc();

    boolean existsByNameIgnoreCase(String name);

    @Query("select coalesce(max(t.position), 0) from TrainingTopic t")
    int lastPosition();
}
