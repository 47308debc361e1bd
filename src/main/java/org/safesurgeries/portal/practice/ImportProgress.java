package org.safesurgeries.portal.practice;

/** Told how far a long import has got, so a progress bar can show it. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total) -> { };

    void update(int done, int total);
}
