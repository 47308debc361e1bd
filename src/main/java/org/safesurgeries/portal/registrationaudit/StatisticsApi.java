package org.safesurgeries.portal.registrationaudit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safesurgeries.portal.registrationaudit.RegistrationStatistics.Area;
import org.safesurgeries.portal.shared.CsvCells;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Registrations by region or ICB and month, for anyone: every figure has been through small-number suppression
 * (a hidden figure is null in JSON and reads "fewer than 8"), so no count from 1 to 7 is ever published.
 */
@RestController
@Tag(name = "Registration statistics", description = "Registrations of people who could not provide documents, "
        + "by area and month; small numbers suppressed")
class StatisticsApi {

    record Figure(Long value, String text) {
        static Figure of(PublishedFigure f) {
            return new Figure(f.value(), f.text());
        }
    }

    record AreaRow(String area, List<Figure> months, Figure total) {
    }

    record Statistics(String area, String measure, String description, List<String> months, List<AreaRow> rows,
                      List<Figure> monthTotals, Figure total, String note) {
    }

    private final RegistrationStatistics statistics;

    StatisticsApi(RegistrationStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping(value = "/api/statistics/registrations", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Registrations by area and month, small numbers suppressed")
    ResponseEntity<Statistics> registrations(
            @Parameter(description = "region or icb") @RequestParam(defaultValue = "region") String area,
            @Parameter(description = "ALL, NO_PHOTO_ID, NO_PROOF_OF_ADDRESS, NO_IMMIGRATION_DOCUMENTS, NO_NHS_NUMBER, "
                    + "INTERPRETER, REGISTERED, PENDING or REFUSED") @RequestParam(defaultValue = "ALL") String measure,
            @Parameter(description = "How many months back, 1 to 36") @RequestParam(defaultValue = "12") int months) {
        var chosen = measure(measure);
        var table = statistics.byAreaAndMonth(area(area), chosen, months(months));
        var rows = new ArrayList<AreaRow>();
        for (int r = 0; r < table.rows().size(); r++) {
            rows.add(new AreaRow(table.rows().get(r), Arrays.stream(table.cells()[r]).map(Figure::of).toList(),
                    Figure.of(table.rowTotals()[r])));
        }
        return ResponseEntity.ok().cacheControl(caching()).body(new Statistics(area.toLowerCase(Locale.ROOT),
                chosen.name(), chosen.label(), table.columns(), rows,
                Arrays.stream(table.columnTotals()).map(Figure::of).toList(), Figure.of(table.grandTotal()),
                "Counts from 1 to 7 are shown as \"fewer than 8\" and other counts are rounded to the nearest 5; "
                        + "some larger counts are hidden too, so that a small one cannot be worked out."));
    }

    @GetMapping(value = "/api/statistics/registrations.csv", produces = "text/csv")
    @Operation(summary = "The same figures as CSV")
    ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "region") String area,
                               @RequestParam(defaultValue = "ALL") String measure,
                               @RequestParam(defaultValue = "12") int months) {
        var table = statistics.byAreaAndMonth(area(area), measure(measure), months(months));
        var header = new ArrayList<Object>();
        header.add(area.toLowerCase(Locale.ROOT));
        header.addAll(table.columns());
        header.add("total");
        var csv = new StringBuilder(CsvCells.row(header));
        for (int r = 0; r < table.rows().size(); r++) {
            var row = new ArrayList<Object>();
            row.add(table.rows().get(r));
            Arrays.stream(table.cells()[r]).map(PublishedFigure::text).forEach(row::add);
            row.add(table.rowTotals()[r].text());
            csv.append(CsvCells.row(row));
        }
        var totals = new ArrayList<Object>();
        totals.add("All areas");
        Arrays.stream(table.columnTotals()).map(PublishedFigure::text).forEach(totals::add);
        totals.add(table.grandTotal().text());
        csv.append(CsvCells.row(totals));
        return ResponseEntity.ok().cacheControl(caching())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"registrations.csv\"")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage()));
    }

    private static CacheControl caching() {
        return CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();
    }

    static Area area(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "region" -> Area.REGION;
            case "icb" -> Area.ICB;
            default -> throw new IllegalArgumentException("area is region or icb.");
        };
    }

    static Measure measure(String text) {
        try {
            return Measure.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("measure is one of " + Arrays.toString(Measure.values()) + ".");
        }
    }

    static int months(int months) {
        if (months < 1 || months > 36) {
            throw new IllegalArgumentException("months is from 1 to 36.");
        }
        return months;
    }
}
