/** Training session and topic entities and repositories; internal to the training module. */
package org.safesurgeries.portal.training.domain;
