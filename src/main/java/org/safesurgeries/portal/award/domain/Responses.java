package org.safesurgeries.portal.award.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface Responses extends JpaRepository<Response, Response.Key> {

    List<Response> findByApplicationId(long applicationId);
}
