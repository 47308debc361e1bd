package org.safesurgeries.portal.certificate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Map;

/**
 * Certificate verification for machines (JSON) and the certificate's PDF. No login; rate-limited per client. An
 * unknown or malformed code gets the same "not found".
 */
@RestController
@Tag(name = "Certificate verification", description = "Check a Sanctuary in Healthcare award, Safe Surgery "
        + "declaration or training certificate by its verification code")
class VerifyApi {

    /** The public answer for one code. */
    record VerifiedCertificate(String code, String kind, String practiceName, String odsCode, String holderName,
                               LocalDate issuedOn, LocalDate expiresOn, CertificateStatus status,
                               LocalDate statusChangedOn, String currentCode) {
        static VerifiedCertificate of(Verification v) {
            return new VerifiedCertificate(v.code(), v.kind().name(), v.practiceName(), v.odsCode(), v.holderName(),
                    v.issuedOn(), v.expiresOn(), v.status(), v.statusChangedOn(), v.currentCode());
        }
    }

    private final CertificateService certificates;
    private final VerificationThrottle throttle;

    VerifyApi(CertificateService certificates, VerificationThrottle throttle) {
        this.certificates = certificates;
        this.throttle = throttle;
    }

    @GetMapping(value = "/api/verify/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A certificate's kind, practice, dates and live status")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = VerifiedCertificate.class)))
    @ApiResponse(responseCode = "404", description = "No certificate has this code")
    @ApiResponse(responseCode = "429", description = "Too many lookups from this client; see Retry-After")
    ResponseEntity<?> verify(@Parameter(description = "The code printed on the certificate, e.g. 7KQ3-M9TX-2HCP-4R")
                             @PathVariable String code, HttpServletRequest request) {
        var refused = throttle.refusal(request);
        if (refused.isPresent()) {
            return refused.get().body(Map.of("error", "Too many lookups from your connection. Please wait a minute."));
        }
        return certificates.verify(code)
                .<ResponseEntity<?>>map(v -> ResponseEntity.ok().cacheControl(CacheControl.noStore())
                        .body(VerifiedCertificate.of(v)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(Map.of("error", "No certificate has this code.")));
    }

    @GetMapping(value = "/verify/{code}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The certificate's signed PDF, exactly as issued")
    ResponseEntity<byte[]> pdf(@PathVariable String code, HttpServletRequest request) {
        var refused = throttle.refusal(request);
        if (refused.isPresent()) {
            return refused.get().build();
        }
        var parsed = VerificationCode.parse(code);
        return certificates.pdf(code)
                .map(bytes -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"certificate-"
                                + parsed.map(VerificationCode::value).orElse("") + ".pdf\"")
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }
}
