/**
 * Benchmarks run from {@code bench/…/run} scripts with the test classpath, never by Surefire (no class here ends
 * in {@code Test}): speed is measured here, not asserted in tests.
 */
package org.safesurgeries.portal.bench;
