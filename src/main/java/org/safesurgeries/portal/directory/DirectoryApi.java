package org.safesurgeries.portal.directory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safesurgeries.portal.shared.CsvCells;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The directory as open data. Public fields only. Responses are rendered once and served from {@link DirectoryCache}
 * until the directory changes; they carry an ETag and Cache-Control, so clients and caches revalidate cheaply.
 */
@RestController
@Tag(name = "Directory", description = "GP practices that are Safe Surgeries: anyone can register there without ID, "
        + "proof of address or immigration status")
class DirectoryApi {

    static final CacheControl CACHING = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic().mustRevalidate();
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    /** One page of results. */
    record DirectoryPage(List<DirectoryEntry> items, int page, int size, int totalItems, int totalPages) {
    }

    private final DirectorySearch search;
    private final DirectoryCache cache;
    private final JsonMapper json;

    DirectoryApi(DirectorySearch search, DirectoryCache cache, JsonMapper json) {
        this.search = search;
        this.cache = cache;
        this.json = json;
    }

    @GetMapping(value = "/api/directory", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Safe Surgeries, paged and filterable")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DirectoryPage.class)))
    ResponseEntity<byte[]> directory(
            @Parameter(description = "Part of the practice name or town") @RequestParam(required = false) String q,
            @Parameter(description = "Postcode district, e.g. NR2") @RequestParam(required = false) String postcodeDistrict,
            @Parameter(description = "NHS region name or code") @RequestParam(required = false) String region,
            @Parameter(description = "ICB name or code") @RequestParam(required = false) String icb,
            @Parameter(description = "ISO 639 code of a language spoken by the team, e.g. ar")
            @RequestParam(required = false) String language,
            @Parameter(description = "Only practices that offer interpreters")
            @RequestParam(defaultValue = "false") boolean interpreter,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Items per page, 1 to 100") @RequestParam(defaultValue = "50") int size,
            @RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch) {
        if (page < 0 || size < 1 || size > DirectorySearch.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be 0 or more and size from 1 to "
                    + DirectorySearch.MAX_PAGE_SIZE + ".");
        }
        var filter = new DirectoryFilter(q, postcodeDistrict, region, icb, language, interpreter);
        var rendered = cache.get("json " + filter + " " + page + " " + size, () -> {
            var results = search.results(filter, page * size, size);
            int total = results.total();
            return json.writeValueAsString(new DirectoryPage(results.page(), page, size, total,
                    (total + size - 1) / size));
        });
        return respond(rendered, ifNoneMatch, MediaType.APPLICATION_JSON);
    }

    @GetMapping(value = "/api/directory.csv", produces = "text/csv")
    @Operation(summary = "All Safe Surgeries as CSV (UTF-8, one row per practice)")
    ResponseEntity<byte[]> csv(@RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch) {
        var rendered = cache.get("csv", this::renderCsv);
        return ResponseEntity.status(rendered.etag().equals(ifNoneMatch) ? HttpStatus.NOT_MODIFIED : HttpStatus.OK)
                .eTag(rendered.etag()).cacheControl(CACHING).contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"safe-surgeries.csv\"")
                .body(rendered.etag().equals(ifNoneMatch) ? null : rendered.body());
    }

    private static ResponseEntity<byte[]> respond(DirectoryCache.Rendered rendered, String ifNoneMatch,
                                                  MediaType type) {
        if (rendered.etag().equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(rendered.etag()).cacheControl(CACHING).build();
        }
        return ResponseEntity.ok().eTag(rendered.etag()).cacheControl(CACHING).contentType(type).body(rendered.body());
    }

    private String renderCsv() {
        var csv = new StringBuilder(CsvCells.row(List.of("odsCode", "name", "address", "town", "postcode",
                "telephone", "region", "icb", "safeSurgerySince", "languages", "interpreterAccess",
                "careOfAddressAccepted", "waysToRegister", "sanctuaryAwardUntil")));
        var filter = DirectoryFilter.none();
        int total = search.count(filter);
        for (int offset = 0; offset < total; offset += DirectorySearch.MAX_PAGE_SIZE) {
            for (var e : search.find(filter, offset, DirectorySearch.MAX_PAGE_SIZE)) {
                csv.append(CsvCells.row(List.of(e.odsCode(), e.name(), String.join(", ", e.address()),
                        Objects.toString(e.town(), ""), Objects.toString(e.postcode(), ""),
                        Objects.toString(e.telephone(), ""), Objects.toString(e.region(), ""),
                        Objects.toString(e.icb(), ""), Objects.toString(e.safeSurgerySince(), ""),
                        String.join(" ", e.languages().stream().map(DirectoryEntry.Language::code).toList()),
                        Objects.toString(e.interpreterAccess(), ""), e.careOfAddressAccepted() ? "yes" : "no",
                        String.join(", ", e.waysToRegister()), Objects.toString(e.sanctuaryAwardUntil(), ""))));
            }
        }
        return csv.toString();
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage()));
    }

}
