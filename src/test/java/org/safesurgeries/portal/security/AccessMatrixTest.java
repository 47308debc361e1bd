package org.safesurgeries.portal.security;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safesurgeries.portal.PortalTest;
import org.safesurgeries.portal.award.AssessmentService;
import org.safesurgeries.portal.award.AwardApplicationService;
import org.safesurgeries.portal.award.EvidenceService;
import org.safesurgeries.portal.security.ui.LoginView;
import org.safesurgeries.portal.training.TrainingRecords;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.safesurgeries.portal.award.AwardFixtures.as;
import static org.safesurgeries.portal.security.AccessMatrixData.ADMIN;
import static org.safesurgeries.portal.security.AccessMatrixData.LEAD;
import static org.safesurgeries.portal.security.AccessMatrixData.LIVED;
import static org.safesurgeries.portal.security.AccessMatrixData.MANAGER;
import static org.safesurgeries.portal.security.AccessMatrixData.TRAINER;
import static org.safesurgeries.portal.security.AccessMatrixTest.Who.ANONYMOUS;
import static org.safesurgeries.portal.security.AccessMatrixTest.Who.PRACTICE_MANAGER;
import static org.safesurgeries.portal.security.AccessMatrixTest.Who.REVIEWER;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The access matrix: every route in Vaadin's registry and every endpoint in Spring MVC's, tried as each kind of
 * person against one explicit policy; then a practice manager reaching for another practice's identifiers, a
 * reviewer with a conflict of interest, and the panel's private notes. The figures are logged at the end
 * ("Access matrix: …") and quoted in docs/reliability.md.
 */
@PortalTest
@ViewPackages(packages = "org.safesurgeries.portal")
class AccessMatrixTest extends SpringBrowserlessTest {

    enum Who { ANONYMOUS, PRACTICE_MANAGER, TRAINER, REVIEWER, ADMIN }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    private static final Set<Who> PRACTICE = EnumSet.of(PRACTICE_MANAGER, Who.ADMIN);
    private static final Set<Who> PRACTICE_AND_READERS = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    private static final Set<Who> NETWORK = EnumSet.of(Who.TRAINER, REVIEWER, Who.ADMIN);
    private static final Set<Who> REVIEW = EnumSet.of(REVIEWER, Who.ADMIN);
    private static final Set<Who> ADMIN_ONLY = EnumSet.of(Who.ADMIN);

    /** Route template → who may open it. EVERYONE includes the anonymous visitor. */
    private static final Map<String, Set<Who>> ROUTES = Map.ofEntries(
            Map.entry("", EVERYONE),
            Map.entry("login", EVERYONE),
            Map.entry("forgot-password", EVERYONE),
            Map.entry("invitation/:token", EVERYONE),
            Map.entry("reset-password/:token", EVERYONE),
            Map.entry("directory", EVERYONE),
            Map.entry("directory/:odsCode", EVERYONE),
            Map.entry("statistics", EVERYONE),
            Map.entry("verify/:code?", EVERYONE),
            Map.entry("home", SIGNED_IN),
            Map.entry("notifications", SIGNED_IN),
            Map.entry("my-practice/:practiceId?", PRACTICE),
            Map.entry("declaration/:practiceId?", PRACTICE),
            Map.entry("tally/:practiceId?", PRACTICE),
            Map.entry("training/practice/:practiceId?", PRACTICE),
            Map.entry("award/:practiceId?", PRACTICE),
            Map.entry("award/application/:applicationId", PRACTICE),
            Map.entry("certificates/practice/:practiceId?", PRACTICE),
            Map.entry("posters/:practiceId?", PRACTICE),
            // Trainers and reviewers read every practice's declarations and checks; they change none.
            Map.entry("declaration/:practiceId/history", PRACTICE_AND_READERS),
            Map.entry("checks/practice/:practiceId", PRACTICE_AND_READERS),
            // Practice managers record their own in-house training; trainers their sessions.
            Map.entry("training/session/:sessionId?", EnumSet.of(PRACTICE_MANAGER, Who.TRAINER, Who.ADMIN)),
            Map.entry("training", EnumSet.of(Who.TRAINER, Who.ADMIN)),
            Map.entry("declarations", NETWORK),
            Map.entry("network", NETWORK),
            Map.entry("network/registrations", NETWORK),
            Map.entry("checks", NETWORK),
            Map.entry("reviews", REVIEW),
            Map.entry("reviews/:applicationId", REVIEW),
            Map.entry("awards", REVIEW),
            Map.entry("certificates", REVIEW),
            Map.entry("admin/users", ADMIN_ONLY),
            Map.entry("admin/practices", ADMIN_ONLY),
            Map.entry("admin/practices/import", ADMIN_ONLY),
            Map.entry("admin/audit", ADMIN_ONLY),
            Map.entry("admin/outbox", ADMIN_ONLY),
            Map.entry("admin/training-topics", ADMIN_ONLY),
            Map.entry("admin/award-criteria", ADMIN_ONLY),
            Map.entry("admin/reviewers", ADMIN_ONLY));

    /** "METHOD /path pattern" → who may call it. Only the portal's open data and verification are served. */
    private static final Map<String, Set<Who>> ENDPOINTS = Map.of(
            "GET /api/directory", EVERYONE,
            "GET /api/directory.csv", EVERYONE,
            "GET /api/statistics/registrations", EVERYONE,
            "GET /api/statistics/registrations.csv", EVERYONE,
            "GET /api/verify/{code}", EVERYONE,
            "GET /verify/{code}", EVERYONE,
            "GET /verify/lookup", EVERYONE,
            "GET /verify/{code}/pdf", EVERYONE);

    private static final String REFUSAL = "do not have access";
    private static final Pattern ROUTE_PARAMETER = Pattern.compile(":(\\w+)\\??");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)}");
    private static final MatrixFigures figures = new MatrixFigures();
    private static AccessMatrixData data;

    @Autowired JdbcTemplate jdbc;
    @Autowired WebApplicationContext context;
    @Autowired AwardApplicationService applications;
    @Autowired EvidenceService evidence;
    @Autowired AssessmentService assessments;
    @Autowired TrainingRecords training;

    @BeforeEach
    void data() {
        if (data == null) {
            data = new AccessMatrixData(jdbc);
        }
    }

    @AfterAll
    static void removeDataAndReport() {
        if (data != null) {
            data.remove();
            data = null;
        }
        LoggerFactory.getLogger(AccessMatrixTest.class).info(figures.summary());
    }

    @Test
    void every_route_in_vaadins_registry_has_a_policy_row_and_every_row_a_route() {
        var templates = registry().stream().map(RouteData::getTemplate).collect(Collectors.toCollection(TreeSet::new));
        assertThat(minus(templates, ROUTES.keySet())).as("routes without a policy row: add a policy row to ROUTES")
                .isEmpty();
        assertThat(minus(ROUTES.keySet(), templates)).as("policy rows for routes that no longer exist").isEmpty();

        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        var annotated = scanner.findCandidateComponents("org.safesurgeries.portal").stream()
                .map(b -> b.getBeanClassName()).collect(Collectors.toCollection(TreeSet::new));
        var registered = registry().stream().map(r -> r.getNavigationTarget().getName()).collect(Collectors.toSet());
        assertThat(minus(annotated, registered)).as("@Route classes missing from the registry the matrix reads")
                .isEmpty();
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_opens_the_public_routes_and_is_sent_to_sign_in_for_every_other() {
        openEveryRouteAs(ANONYMOUS);
    }

    @Test
    @WithMockUser(username = MANAGER, roles = "PRACTICE_MANAGER")
    void the_demo_practice_manager_opens_exactly_the_routes_the_policy_gives_practice_managers() {
        openEveryRouteAs(PRACTICE_MANAGER);
    }

    @Test
    @WithMockUser(username = TRAINER, roles = "TRAINER")
    void the_demo_trainer_opens_exactly_the_routes_the_policy_gives_trainers() {
        openEveryRouteAs(Who.TRAINER);
    }

    @Test
    @WithMockUser(username = LEAD, roles = "REVIEWER")
    void the_lead_reviewer_opens_exactly_the_routes_the_policy_gives_reviewers() {
        openEveryRouteAs(REVIEWER);
    }

    @Test
    @WithMockUser(username = ADMIN, roles = "ADMIN")
    void the_administrator_opens_exactly_the_routes_the_policy_gives_administrators() {
        openEveryRouteAs(Who.ADMIN);
    }

    @Test
    void every_rest_endpoint_has_a_policy_row_and_answers_each_kind_of_person_as_it_says() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var handlers = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        var softly = new SoftAssertions();
        var seen = new TreeSet<String>();
        for (var entry : handlers.getHandlerMethods().entrySet()) {
            String owner = entry.getValue().getBeanType().getName();
            // springdoc's /v3/api-docs and Spring Boot's /error page are the frameworks' own (see HttpSecurityTest).
            if (owner.startsWith("org.springdoc.") || owner.startsWith("org.springframework.boot.")) {
                figures.excluded(entry.getKey().getPatternValues());
                continue;
            }
            var declared = entry.getKey().getMethodsCondition().getMethods();
            assertThat(declared).as(entry.getValue() + " must name its HTTP method").isNotEmpty();
            for (String pattern : entry.getKey().getPatternValues()) {
                for (RequestMethod method : RequestMethod.values()) {
                    if (method == RequestMethod.HEAD || method == RequestMethod.OPTIONS
                            || method == RequestMethod.TRACE) {
                        continue;
                    }
                    String row = method + " " + pattern;
                    Set<Who> allowed = declared.contains(method) ? ENDPOINTS.get(row) : Set.of();
                    if (allowed == null) {
                        fail("Endpoint " + row + " (" + entry.getValue() + ") has no policy row: add a policy row "
                                + "to ENDPOINTS");
                    }
                    if (declared.contains(method)) {
                        seen.add(row);
                    }
                    for (Who who : Who.values()) {
                        int status = mvc.perform(request(HttpMethod.valueOf(method.name()), sample(pattern))
                                .with(person(who)).with(csrf()).with(fromTestNetwork())).andReturn().getResponse()
                                .getStatus();
                        // 303: the verification page's form sends a typed code on to the code's own address.
                        boolean succeeded = status >= 200 && status < 300 || status == 303;
                        if (allowed.contains(who)) {
                            softly.assertThat(succeeded).as("%s as %s answered %d", row, who, status).isTrue();
                        } else if (declared.contains(method)) {
                            softly.assertThat(status).as("%s as %s must be refused", row, who).isIn(401, 403);
                        } else {
                            softly.assertThat(succeeded).as("%s (not a declared method) as %s answered %d", row,
                                    who, status).isFalse();
                        }
                        figures.endpoint(declared.contains(method), succeeded);
                    }
                }
            }
        }
        assertThat(seen).as("every row in ENDPOINTS is served").containsExactlyInAnyOrderElementsOf(ENDPOINTS.keySet());
        softly.assertAll();
    }

    @Test
    @WithMockUser(username = MANAGER, roles = "PRACTICE_MANAGER")
    void a_manager_trying_practice_Bs_identifiers_learns_no_more_than_from_identifiers_that_do_not_exist() {
        var softly = new SoftAssertions();
        int routes = 0;
        for (RouteData route : registry()) {
            for (String parameter : parameters(route.getTemplate())) {
                List<Long> ids = switch (parameter) {
                    case "practiceId" -> List.of(data.otherPractice, data.missingPractice);
                    case "applicationId" -> List.of(data.otherApplication, data.missingApplication);
                    case "sessionId" -> List.of(data.otherSession, data.missingSession);
                    // Public lookups by design: a directory page, a certificate's code, a one-time link's token.
                    case "odsCode", "code", "token" -> List.<Long>of();
                    default -> throw new AssertionError("Route parameter :" + parameter + " of "
                            + route.getTemplate() + " is not classified: say whether it names practice data, and "
                            + "add it here");
                };
                if (ids.isEmpty()) {
                    continue;
                }
                routes++;
                var forB = open(location(route.getTemplate(), p -> Long.toString(ids.get(0))));
                var forNothing = open(location(route.getTemplate(), p -> Long.toString(ids.get(1))));
                String template = route.getTemplate();
                softly.assertThat(forB.opened(route.getNavigationTarget())).as("%s with practice B's id", template)
                        .isFalse();
                softly.assertThat(forB.view()).as("%s: same page for B as for nothing", template)
                        .isEqualTo(forNothing.view());
                softly.assertThat(forB.text().replace(Long.toString(ids.get(0)), "{id}"))
                        .as("%s: same words for B as for nothing", template)
                        .isEqualTo(forNothing.text().replace(Long.toString(ids.get(1)), "{id}"));
                softly.assertThat(forB.text()).as("%s names nothing of B", template)
                        .doesNotContain(data.otherName).doesNotContain(data.otherOds);
            }
        }
        figures.crossPracticeRoutes(data.otherOds, routes);
        assertThat(routes).as("routes taking a practice, application or session id").isGreaterThanOrEqualTo(12);
        softly.assertAll();
    }

    @Test
    void the_services_behind_those_pages_refuse_practice_B_exactly_as_they_refuse_what_does_not_exist() {
        var softly = new SoftAssertions();
        var probes = new PracticeBProbes(context);
        var calls = probes.calls();
        for (var call : calls.entrySet()) {
            String forB = probes.outcome(MANAGER, call.getValue(), data.practiceB());
            String forNothing = probes.outcome(MANAGER, call.getValue(), data.nothing());
            softly.assertThat(forB).as(call.getKey() + " on practice B")
                    .startsWith(AccessDeniedException.class.getName());
            softly.assertThat(forB).as(call.getKey() + ": B and nothing look the same").isEqualTo(forNothing);
        }
        figures.crossPracticeCalls(calls.size());
        softly.assertAll();
    }

    @Test
    @WithMockUser(username = LIVED, roles = "REVIEWER")
    void a_reviewer_who_declared_a_conflict_of_interest_sees_neither_the_evidence_nor_the_assessments() {
        long id = data.ownApplication;
        navigate("reviews/" + id, Component.class);
        assertThat(viewClass()).isEqualTo(registered("reviews/:applicationId"));
        assertThat(text()).contains("You declared a conflict of interest with this application")
                .doesNotContain(AccessMatrixData.NARRATIVE).doesNotContain(AccessMatrixData.PRIVATE_NOTE)
                .doesNotContain(AccessMatrixData.COMMENT);
        assertThat(find(Anchor.class).all()).extracting(Anchor::getText).noneMatch(t -> t.contains(".pdf"));

        long file = jdbc.queryForObject("select id from award_evidence where application_id = ?", Long.class, id);
        assertThatThrownBy(() -> as(LIVED, "REVIEWER", () -> applications.application(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(LIVED, "REVIEWER", () -> evidence.download(id, file)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(LIVED, "REVIEWER", () -> assessments.assessments(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(LIVED, "REVIEWER", () -> assessments.feedback(id)))
                .isInstanceOf(AccessDeniedException.class);
        // The lead, without a conflict, reads all of it: the refusals above are about the conflict.
        assertThat(as(LEAD, "REVIEWER", () -> assessments.assessments(id)).mine().ratings().values())
                .anyMatch(r -> AccessMatrixData.PRIVATE_NOTE.equals(r.privateNote()));
        assertThat(as(LEAD, "REVIEWER", () -> evidence.download(id, file)).bytes()).isNotEmpty();
    }

    @Test
    @WithMockUser(username = MANAGER, roles = "PRACTICE_MANAGER")
    void the_practice_reads_the_panels_comment_on_its_application_page_but_never_a_private_note() {
        navigate("award/application/" + data.ownApplication, Component.class);
        assertThat(viewClass()).isEqualTo(registered("award/application/:applicationId"));
        assertThat(text()).contains(AccessMatrixData.COMMENT).contains("Nearly there.")
                .doesNotContain(AccessMatrixData.PRIVATE_NOTE).doesNotContain("Rosa Haddad");
        assertThat(as(MANAGER, "PRACTICE_MANAGER", () -> assessments.feedback(data.ownApplication)).toString())
                .contains(AccessMatrixData.COMMENT).doesNotContain(AccessMatrixData.PRIVATE_NOTE);
    }

    @Test
    @WithMockUser(username = MANAGER, roles = "PRACTICE_MANAGER")
    void a_manager_reads_a_session_shared_with_another_practice_without_that_practices_named_staff() {
        long id = data.sharedSession;
        navigate("training/session/" + id, Component.class);
        assertThat(viewClass()).isEqualTo(registered("training/session/:sessionId?"));
        assertThat(everythingShown()).contains(AccessMatrixData.OWN_ATTENDEE)
                .doesNotContain(AccessMatrixData.NEIGHBOUR_ATTENDEE).doesNotContain(AccessMatrixData.NEIGHBOUR_EMAIL);
        assertThat(as(MANAGER, "PRACTICE_MANAGER", () -> training.session(id)).toString())
                .contains(AccessMatrixData.OWN_ATTENDEE).doesNotContain(AccessMatrixData.NEIGHBOUR_ATTENDEE);
        assertThat(as(MANAGER, "PRACTICE_MANAGER", () -> training.sessionsOf(data.ownPractice)).toString())
                .contains(AccessMatrixData.OWN_ATTENDEE).doesNotContain(AccessMatrixData.NEIGHBOUR_ATTENDEE);
        assertThat(as(TRAINER, "TRAINER", () -> training.session(id)).toString()).as("the trainer reads all of it")
                .contains(AccessMatrixData.NEIGHBOUR_ATTENDEE);
    }

    private void openEveryRouteAs(Who who) {
        var notFound = open("no-such-page-" + who.name().toLowerCase()).view();
        var softly = new SoftAssertions();
        for (RouteData route : registry()) {
            Set<Who> allowed = ROUTES.get(route.getTemplate());
            if (allowed == null) {
                fail("Route '" + route.getTemplate() + "' has no policy row: add a policy row to ROUTES");
            }
            String location = location(route.getTemplate(), parameter -> ownValue(parameter, who));
            var outcome = open(location);
            boolean opened = outcome.opened(route.getNavigationTarget());
            if (allowed.contains(who)) {
                softly.assertThat(opened).as("%s may open %s but saw %s: %s", who, location,
                        outcome.view().getSimpleName(), outcome.text()).isTrue();
            } else {
                softly.assertThat(outcome.view()).as("%s may not open %s", who, location)
                        .isEqualTo(who == ANONYMOUS ? LoginView.class : notFound);
            }
            figures.route(who.name(), opened);
        }
        assertThat(HasErrorParameter.class).isAssignableFrom(notFound);
        softly.assertAll();
    }

    // The person's own identifier for a route parameter: their practice, their application, their session.
    private String ownValue(String parameter, Who who) {
        return switch (parameter) {
            // Trainers and reviewers have no practice; they read any, so practice B stands for "any".
            case "practiceId" -> Long.toString(who == Who.TRAINER || who == REVIEWER ? data.otherPractice
                    : data.managedPractice);
            case "applicationId" -> Long.toString(data.ownApplication);
            case "sessionId" -> Long.toString(who == Who.TRAINER ? data.trainerSession : data.ownSession);
            case "odsCode" -> data.otherOds;
            case "code" -> data.certificateCode;
            case "token" -> "no-such-token";
            default -> fail("Route parameter :" + parameter + " has no value in the matrix: add one to ownValue");
        };
    }

    private String sample(String pattern) {
        return PATH_VARIABLE.matcher(pattern).replaceAll(m -> switch (m.group(1)) {
            case "code" -> data.certificateCode;
            default -> fail("Path variable {" + m.group(1) + "} in " + pattern + " has no sample value: add one");
        });
    }

    private static RequestPostProcessor person(Who who) {
        return switch (who) {
            case ANONYMOUS -> anonymous();
            case PRACTICE_MANAGER -> user(MANAGER).roles("PRACTICE_MANAGER");
            case TRAINER -> user(TRAINER).roles("TRAINER");
            case REVIEWER -> user(LEAD).roles("REVIEWER");
            case ADMIN -> user(ADMIN).roles("ADMIN");
        };
    }

    // Verification is throttled per client address; the matrix counts as its own client (TEST-NET-1).
    private static RequestPostProcessor fromTestNetwork() {
        return request -> {
            request.setRemoteAddr("192.0.2.10");
            return request;
        };
    }

    record Outcome(Class<?> view, String text) {
        boolean opened(Class<?> target) {
            return view.equals(target) && !text.contains(REFUSAL);
        }
    }

    private Outcome open(String location) {
        navigate(location, Component.class);
        return new Outcome(viewClass(), text());
    }

    private Class<?> viewClass() {
        return ClassUtils.getUserClass(getCurrentView().getClass());
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }

    // Text and the values of fields: a form shows a name in a text field's value, not in the page's text.
    private String everythingShown() {
        var shown = new StringBuilder(text());
        find(Component.class).all().stream().filter(HasValue.class::isInstance)
                .forEach(c -> shown.append(' ').append(((HasValue<?, ?>) c).getValue()));
        return shown.toString();
    }

    private static List<RouteData> registry() {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes();
    }

    private static Class<?> registered(String template) {
        return registry().stream().filter(r -> r.getTemplate().equals(template)).findFirst().orElseThrow()
                .getNavigationTarget();
    }

    private static List<String> parameters(String template) {
        return ROUTE_PARAMETER.matcher(template).results().map(m -> m.group(1)).toList();
    }

    private static String location(String template, Function<String, String> values) {
        return ROUTE_PARAMETER.matcher(template).replaceAll(m -> Matcher.quoteReplacement(values.apply(m.group(1))));
    }

    private static Set<String> minus(Set<String> these, Set<String> those) {
        var rest = new TreeSet<>(these);
        rest.removeAll(those);
        return rest;
    }
}
