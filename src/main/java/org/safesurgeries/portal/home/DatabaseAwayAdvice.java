package org.safesurgeries.portal.home;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The REST APIs answer 503 with a problem document and Retry-After while the database cannot be reached. */
@RestControllerAdvice
class DatabaseAwayAdvice {

    private static final Logger log = LoggerFactory.getLogger(DatabaseAwayAdvice.class);

    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            QueryTimeoutException.class})
    ResponseEntity<ProblemDetail> databaseAway(Exception e) {
        log.warn("A request failed because the database cannot be reached: {}", e.toString());
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The portal cannot reach its database just now. Please try again in a minute.");
        problem.setTitle("Database unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "60")
                .body(problem);
    }
}
