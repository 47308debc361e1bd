package org.safesurgeries.portal.security;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The access matrix's counts, gathered across its tests and logged once at the end for docs/reliability.md. */
final class MatrixFigures {

    private final Set<String> excluded = new TreeSet<>();
    private final Map<String, Integer> openedBy = new TreeMap<>();
    private int routeChecks;
    private int routesOpened;
    private int endpointChecks;
    private int endpointsAnswered;
    private int undeclaredMethodChecks;
    private int undeclaredMethodsAnswered;
    private int crossPracticeRoutes;
    private int crossPracticeCalls;
    private String practiceB = "?";

    synchronized void route(String who, boolean opened) {
        routeChecks++;
        routesOpened += opened ? 1 : 0;
        openedBy.merge(who, opened ? 1 : 0, Integer::sum);
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

    synchronized void crossPracticeRoutes(String odsCode, int routes) {
        practiceB = odsCode;
        crossPracticeRoutes = routes;
    }

    synchronized void crossPracticeCalls(int calls) {
        crossPracticeCalls = calls;
    }

    synchronized String summary() {
        int kinds = Math.max(1, openedBy.size());
        return String.format("Access matrix: %d routes x %d kinds of person = %d checks, %d allowed, %d denied; "
                        + "routes opened by each: %s; %d endpoints x 5 = %d checks, %d allowed, %d denied; %d calls "
                        + "with an undeclared HTTP method, %d answered; practice B (%s) vs nothing: %d routes x 2 ids, "
                        + "%d service calls; frameworks' own endpoints left out: %s",
                routeChecks / kinds, kinds, routeChecks, routesOpened, routeChecks - routesOpened, openedBy,
                endpointChecks / 5, endpointChecks, endpointsAnswered, endpointChecks - endpointsAnswered,
                undeclaredMethodChecks, undeclaredMethodsAnswered, practiceB, crossPracticeRoutes, crossPracticeCalls,
                excluded);
    }
}
