package org.safesurgeries.portal.training.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

public interface TrainingSessions extends JpaRepository<TrainingSession, Long> {

    @Query("select distinct s from TrainingSession s join s.attendance a where a.practiceId = :practiceId"
            + " order by s.deliveredOn desc, s.id desc")
    List<TrainingSession> ofPractice(long practiceId);

    List<TrainingSession> findByRecordedByOrderByDeliveredOnDescIdDesc(String recordedBy);

    @Query("select distinct s from TrainingSession s join s.attendance a where s.recordedBy = :recordedBy"
            + " and s.deliveredOn = :on and a.practiceId in :practiceIds")
    List<TrainingSession> sameDay(String recordedBy, LocalDate on, Collection<Long> practiceIds);
}
