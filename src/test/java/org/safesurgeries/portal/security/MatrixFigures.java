package org.safesurgeries.portal.security;

import java.util.Set;
import java.util.TreeSet;

/** The access matrix's counts, gathered across its tests and logged once at the end for docs/reliability.md. */
final class MatrixFigures {

    private final Set<String> excluded = new TreeSet<>();
    private int routeChecks;
    private int routesOpened;
    private int endpointChecks;
    private int endpointsAnswered;
    private int undeclaredMethodChecks;
    private int undeclaredMethodsAnswered;
    private int crossPracticeRoutes;
    private int crossPracticeCalls;

    synchronized void route(boolean opened) {
        routeChecks++;
        routesOpened += opened ? 1 : 0;
    }

    synchronized void endpoint(boolean declared, boolean answered) {
        if (declared) {
            endpointChecks++;
            endpointsAnswered += answered ? 1 : 0;
        } else {
            undeclaredMethodChecks++;
            undeclaredMethodsAnswered += answered ? 1 : 0;
        }
    }

    synchronized void excluded(Set<String> patterns) {
        excluded.addAll(patterns);
    }

    synchronized void crossPracticeRoutes(int routes) {
        crossPracticeRoutes = routes;
    }

    synchronized void crossPracticeCalls(int calls) {
        crossPracticeCalls = calls;
    }

    synchronized String summary() {
        return String.format("Access matrix: %d route checks (routes x 5 kinds of person), %d allowed, %d denied; "
                        + "%d endpoint checks, %d allowed, %d denied; %d calls with an undeclared HTTP method, %d "
                        + "answered; practice B vs nothing: %d routes x 2 ids, %d service calls; frameworks' own "
                        + "endpoints left out: %s",
                routeChecks, routesOpened, routeChecks - routesOpened, endpointChecks, endpointsAnswered,
                endpointChecks - endpointsAnswered, undeclaredMethodChecks, undeclaredMethodsAnswered,
                crossPracticeRoutes, crossPracticeCalls, excluded);
    }
}
