package org.safesurgeries.portal.declaration.domain;

import java.util.List;

/** The draft cannot be signed yet; each reason says which item blocks and why. */
public class DeclarationBlocked extends IllegalStateException {

    private final List<String> reasons;

    public DeclarationBlocked(List<String> reasons) {
        super("The practice cannot declare yet: " + String.join(" ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
