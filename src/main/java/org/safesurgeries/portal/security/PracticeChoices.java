package org.safesurgeries.portal.security;

import java.util.Collection;
import java.util.List;

/**
 * The practices an administrator can give a practice manager access to. Implemented by the practice module, so
 * that this module depends on no feature module.
 */
public interface PracticeChoices {

    record PracticeChoice(long id, String odsCode, String name) {
        public String label() {
            return name + " (" + odsCode + ")";
        }
    }

    List<PracticeChoice> search(String text, int limit);

    List<PracticeChoice> byIds(Collection<Long> ids);
}
