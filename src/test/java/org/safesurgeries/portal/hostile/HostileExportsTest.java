package org.safesurgeries.portal.hostile;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safesurgeries.portal.PortalTest;
import org.safesurgeries.portal.declaration.ChecklistAnswer;
import org.safesurgeries.portal.declaration.DeclarationChoices.InterpreterAccess;
import org.safesurgeries.portal.declaration.DeclarationChoices.ItemStatus;
import org.safesurgeries.portal.declaration.DeclarationChoices.RegistrationRoute;
import org.safesurgeries.portal.declaration.DeclarationContent;
import org.safesurgeries.portal.declaration.DeclarationService;
import org.safesurgeries.portal.declaration.SafeSurgeryStep;
import org.safesurgeries.portal.practice.EpraccurImporter;
import org.safesurgeries.portal.practice.ImportProgress;
import org.safesurgeries.portal.shared.HostileInputs;
import org.safesurgeries.portal.shared.HostileInputs.HostileInput;
import org.safesurgeries.portal.shared.HostileOutcomes;
import org.safesurgeries.portal.shared.LanguageCode;
import org.safesurgeries.portal.training.SessionDetails;
import org.safesurgeries.portal.training.SessionDetails.Attendance;
import org.safesurgeries.portal.training.TrainingAnswers.SessionFormat;
import org.safesurgeries.portal.training.TrainingAnswers.Source;
import org.safesurgeries.portal.training.TrainingAnswers.StaffRole;
import org.safesurgeries.portal.training.TrainingRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safesurgeries.portal.award.AwardFixtures.ADMIN;
import static org.safesurgeries.portal.award.AwardFixtures.TRAINER;
import static org.safesurgeries.portal.award.AwardFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every CSV the portal exports, read back as bytes: a stored value that begins like a spreadsheet formula
 * ({@code = + - @}, tab, carriage return) never reaches a cell as one, and comes back exactly once the apostrophe
 * that defuses it is taken off. The public directory needs declared practices, so a few practices named with the
 * corpus's formulas are imported and declared for real, then withdrawn (which takes them out of the directory).
 */
@PortalTest
@ViewPackages(packages = "org.safesurgeries.portal")
class HostileExportsTest extends SpringBrowserlessTest {

    private static final String FORMULA_START = "=+-@\t\r";
    private static final HostileOutcomes OUTCOMES = new HostileOutcomes("CSV exports (cells holding stored values)");
    @RegisterExtension
    static final HostileSweep SWEEP = new HostileSweep(OUTCOMES);
    private static final AtomicInteger NEXT_CODE = new AtomicInteger((int) (System.nanoTime() % 90_000));

    @Autowired WebApplicationContext context;
    @Autowired EpraccurImporter epraccur;
    @Autowired DeclarationService declarations;
    @Autowired TrainingRecords training;
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_directory_csv_defuses_formulas_in_names_addresses_and_telephones() throws Exception {
        var formulas = formulas();
        var practices = new LinkedHashMap<String, HostileInput>();
        var file = new StringBuilder();
        for (var formula : formulas) {
            String code = "Q%05d".formatted(NEXT_CODE.incrementAndGet() % 100_000);
            practices.put(code, formula);
            file.append(epraccurLine(code, formula.value()));
        }
        as(ADMIN, "ADMIN", () -> epraccur.importFile(file.toString().getBytes(StandardCharsets.UTF_8), "formulas.csv",
                ImportProgress.NONE));
        var ids = practices.keySet().stream().map(this::practice).toList();
        try {
            ids.forEach(this::declare);
            var rows = csv(mvc().perform(get("/api/directory.csv")).andReturn().getResponse().getContentAsByteArray());
            assertNoFormulas("directory CSV", rows);
            for (var row : rows) {
                var value = practices.get(row.getFirst());
                if (value != null) {
                    // Columns: odsCode, name, address, town (shown in title case), postcode, telephone, …
                    judge("directory CSV, name", value, row.get(1));
                    judge("directory CSV, address", value, row.get(2));
                    assertThat(row.get(3)).startsWith("'");
                    assertThat(row.get(5)).isEqualTo("'+44 20 7946 0000");
                }
            }
            assertThat(rows).extracting(List::getFirst).containsAll(practices.keySet());
        } finally {
            ids.forEach(id -> as(ADMIN, "ADMIN", () -> declarations.withdraw(id, "Hostile-input test finished.")));
        }
    }

    @Test
    @WithMockUser(username = TRAINER, roles = "TRAINER")
    void the_training_csv_defuses_formulas_in_practice_names_and_topics() {
        SWEEP.rolledBack().transaction(() -> {
            var topics = new LinkedHashMap<Long, HostileInput>();
            var practices = new LinkedHashMap<Long, HostileInput>();
            var file = new StringBuilder();
            var codes = new ArrayList<String>();
            for (var formula : formulas()) {
                topics.put(as(ADMIN, "ADMIN", () -> training.addTopic(formula.value())).id(), formula);
                String code = "Q%05d".formatted(NEXT_CODE.incrementAndGet() % 100_000);
                codes.add(code);
                file.append(epraccurLine(code, formula.value()));
            }
            as(ADMIN, "ADMIN", () -> epraccur.importFile(file.toString().getBytes(StandardCharsets.UTF_8),
                    "formulas.csv", ImportProgress.NONE));
            var formulas = formulas();
            for (int i = 0; i < codes.size(); i++) {
                practices.put(practice(codes.get(i)), formulas.get(i));
            }
            var topicIds = new ArrayList<>(topics.keySet());
            for (int i = 0; i < topicIds.size(); i++) {
                long practiceId = new ArrayList<>(practices.keySet()).get(i);
                training.record(new SessionDetails(LocalDate.now().minusDays(1), SessionFormat.IN_PERSON,
                        Source.DOTW_TRAINER, 60, Set.of(topicIds.get(i)),
                        List.of(new Attendance(practiceId, StaffRole.CLINICAL, 2)), List.of(), null));
            }
            navigate("training", Component.class);
            var bytes = new ByteArrayOutputStream();
            test(find(Anchor.class).withId("training-export").single()).download(bytes);
            var rows = csv(bytes.toByteArray());
            assertNoFormulas("training CSV", rows);
            var header = rows.getFirst();
            for (var row : rows.subList(1, rows.size())) {
                var byName = practices.values().stream().filter(v -> v.stored().equals(unquote(row.get(5))))
                        .findFirst();
                byName.ifPresent(value -> {
                    judge("training CSV, practice", value, row.get(header.indexOf("practice")));
                    judge("training CSV, topics", value, row.get(header.indexOf("topics")));
                });
            }
        });
    }

    @Test
    void the_statistics_csv_has_no_formula_cells() throws Exception {
        for (String area : List.of("region", "icb")) {
            var rows = csv(mvc().perform(get("/api/statistics/registrations.csv").param("area", area)).andReturn()
                    .getResponse().getContentAsByteArray());
            assertThat(rows).hasSizeGreaterThan(1);
            assertNoFormulas("statistics CSV by " + area, rows);
        }
    }

    /** The corpus values that begin like a formula once trimmed, one per distinct stored text. */
    private static List<HostileInput> formulas() {
        var byText = new LinkedHashMap<String, HostileInput>();
        HostileInputs.all().stream().filter(v -> v.category().equals("formula") && !v.value().contains("\r"))
                .forEach(v -> byText.putIfAbsent(v.stored(), v));
        return List.copyOf(byText.values());
    }

    /** The cell holds the value with an apostrophe before its formula character, and nothing else. */
    private void judge(String input, HostileInput value, String cell) {
        SWEEP.swept(input);
        OUTCOMES.judge(input, HostileOutcomes.Field.FREE_TEXT, value, cell.startsWith("'")
                ? HostileOutcomes.Result.stored(unquote(cell))
                : HostileOutcomes.Result.crashed(new AssertionError("not defused: " + cell)));
    }

    private static String unquote(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }

    private void assertNoFormulas(String export, List<List<String>> rows) {
        for (var row : rows) {
            for (var cell : row) {
                assertThat(cell.isEmpty() || FORMULA_START.indexOf(cell.charAt(0)) < 0)
                        .as("%s: a cell that a spreadsheet would run: %s", export, HostileOutcomes.visible(cell))
                        .isTrue();
            }
        }
    }

    /** The exported bytes as rows of cells, read strictly: UTF-8, every cell quoted, CRLF between rows. */
    static List<List<String>> csv(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        var rows = new ArrayList<List<String>>();
        var row = new ArrayList<String>();
        var cell = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            assertThat(text.charAt(i)).as("every cell is quoted, at %d", i).isEqualTo('"');
            i++;
            while (true) {
                char c = text.charAt(i++);
                if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    break;
                } else {
                    cell.append(c);
                }
            }
            row.add(cell.toString());
            cell.setLength(0);
            if (text.startsWith("\r\n", i)) {
                rows.add(List.copyOf(row));
                row.clear();
                i += 2;
            } else {
                assertThat(text.charAt(i)).as("a comma between cells, at %d", i).isEqualTo(',');
                i++;
            }
        }
        return rows;
    }

    private void declare(long practiceId) {
        as(ADMIN, "ADMIN", () -> {
            var draft = declarations.openDraft(practiceId);
            var content = new DeclarationContent(Arrays.stream(SafeSurgeryStep.values())
                    .map(s -> new ChecklistAnswer(s, ItemStatus.IN_PLACE, null, null)).toList(),
                    Set.of(LanguageCode.parse("ar")), InterpreterAccess.BOTH, true, Set.of(RegistrationRoute.WALK_IN));
            var saved = declarations.saveDraft(practiceId, draft.entityVersion(), content);
            declarations.sign(practiceId, saved.entityVersion(), "Priya Patel", "Practice Manager");
        });
    }

    /** An active GP practice with the value as its name, first address line and town. */
    private static String epraccurLine(String code, String value) {
        String[] f = new String[27];
        Arrays.fill(f, "");
        f[0] = code;
        f[1] = value;
        f[2] = "Y56";
        f[3] = "ZT1";
        f[4] = value;
        f[7] = value;
        f[9] = "NR2 1AB";
        f[10] = "20000101";
        f[12] = "A";
        f[17] = "+44 20 7946 0000";
        f[25] = "4";
        return String.join(",", Arrays.stream(f).map(v -> "\"" + v.replace("\"", "\"\"") + "\"").toList()) + "\n";
    }

    private MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup(context).build();
    }

    private long practice(String odsCode) {
        return jdbc.queryForObject("select id from practice where ods_code = ?", Long.class, odsCode);
    }
}
