package org.safesurgeries.portal.shared;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read made of one SQL statement: it opens no transaction of its own and joins the caller's, if there is one.
 * One statement sees one consistent snapshot anyway; a transaction around it only adds three round trips to the
 * database (autocommit off, commit, autocommit on), most of the time of a short query (decision 018). A method that
 * runs two or more statements that must agree keeps {@code @Transactional(readOnly = true)}.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public @interface OneStatementRead {
}
