package org.safesurgeries.portal.practice;

import java.util.List;

/** What an epraccur import did, and each line it refused with the reason. */
public record ImportReport(int added, int updated, int closed, int unchanged, int skipped,
                           List<RejectedLine> rejected) {

    public record RejectedLine(int lineNumber, String reason) {
    }

    public String summary() {
        return added + " added, " + updated + " updated, " + closed + " closed, " + unchanged + " unchanged, "
                + skipped + " skipped (not GP practices, or closed and never imported), " + rejected.size()
                + " rejected";
    }
}
