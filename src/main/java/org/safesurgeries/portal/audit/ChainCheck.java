package org.safesurgeries.portal.audit;

/** The result of re-computing the audit chain: how many entries were checked and the first broken one, if any. */
public record ChainCheck(long entriesChecked, Long firstBrokenEntryId, String problem) {

    public boolean intact() {
        return firstBrokenEntryId == null;
    }
}
