package org.safesurgeries.portal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void the_modules_respect_their_boundaries() {
        ApplicationModules.of(PortalApplication.class).verify();
    }
}
