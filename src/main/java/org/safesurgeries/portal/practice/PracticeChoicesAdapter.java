package org.safesurgeries.portal.practice;

import org.safesurgeries.portal.practice.domain.Practices;
import org.safesurgeries.portal.security.PracticeChoices;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;

/** Lets the account screens offer practices without the security module depending on this one. */
@Component
@Transactional(readOnly = true)
class PracticeChoicesAdapter implements PracticeChoices {

    private final Practices practices;

    PracticeChoicesAdapter(Practices practices) {
        this.practices = practices;
    }

    @Override
    public List<PracticeChoice> search(String text, int limit) {
        String filter = text == null || text.isBlank() ? null : text.strip();
        return practices.search(filter, PracticeStatus.ACTIVE, PageRequest.of(0, limit, Sort.by("name")))
                .map(p -> new PracticeChoice(p.getId(), p.getOdsCode(), p.getName())).getContent();
    }

    @Override
    public List<PracticeChoice> byIds(Collection<Long> ids) {
        return practices.findByIdInOrderByName(ids).stream()
                .map(p -> new PracticeChoice(p.getId(), p.getOdsCode(), p.getName())).toList();
    }
}
