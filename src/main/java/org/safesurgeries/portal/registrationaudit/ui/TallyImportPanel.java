package org.safesurgeries.portal.registrationaudit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import org.safesurgeries.portal.registrationaudit.RegistrationTally;
import org.safesurgeries.portal.registrationaudit.TallyCsv;
import org.safesurgeries.portal.registrationaudit.TallyImport;
import org.safesurgeries.portal.shared.ui.DateFormats;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Import a month's (or several months') figures from a CSV file: download the template, fill it in, upload it. The
 * file is checked whole first; problems are listed by line and column and nothing is imported until it is clean.
 */
class TallyImportPanel extends Div {

    static final int MAX_FILE_BYTES = 64 * 1024 * 1024;
    private static final NumberFormat NUMBER = NumberFormat.getIntegerInstance(Locale.UK);

    private final TallyImport tallyImport;
    private final long practiceId;
    private final Runnable afterChange;
    private final ProgressBar progress = new ProgressBar();
    private final Span progressLabel = new Span();
    private final Paragraph outcome = new Paragraph();
    private final Div problems = new Div();

    TallyImportPanel(TallyImport tallyImport, RegistrationTally tally, long practiceId, Runnable afterChange) {
        this.tallyImport = tallyImport;
        this.practiceId = practiceId;
        this.afterChange = afterChange;
        var template = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = TallyCsv.template(tally.currentMonth()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "tally-template.csv", "text/csv", csv.length);
        }), "Download the template (CSV)");
        var upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> start(UI.getCurrent(), upload, bytes)));
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> show("The file was refused: " + e.getErrorMessage(), true));
        upload.setId("tally-upload");
        progress.setVisible(false);
        progress.setId("tally-import-progress");
        progressLabel.setId("tally-import-progress-label");
        progress.getElement().setAttribute("aria-labelledby", "tally-import-progress-label");
        outcome.getElement().setAttribute("role", "status");
        add(new Paragraph("For figures counted in your clinical system: one row per combination of answers with how "
                        + "many registrations had it. The whole file is checked first; if anything is wrong, "
                        + "nothing is imported and every problem is listed with its line and column."),
                new Paragraph(template), columns(), upload, progressLabel, progress, outcome, problems);
    }

    private static Details columns() {
        var list = new UnorderedList(
                new ListItem("month: YYYY-MM, this month or one of the 12 before it"),
                new ListItem("registration_type: permanent, temporary_resident or immediately_necessary"),
                new ListItem("no_photo_id, no_proof_of_address, no_immigration_documents, no_nhs_number: yes or no"),
                new ListItem("interpreter_language: the ISO 639 code (e.g. ar, prs, ti), empty if none was needed"),
                new ListItem("outcome: registered, pending or refused"),
                new ListItem("refusal_reason (only when refused): no_proof_of_address, no_id, immigration_status, "
                        + "outside_practice_area, list_closed or other"),
                new ListItem("count: how many registrations, a whole number up to 10,000"));
        return new Details("What goes in each column", new Div(list,
                new Paragraph("Never put names, dates of birth, NHS numbers or addresses in the file: the tally "
                        + "holds counts only, and a file that contains them is refused.")));
    }

    private void start(UI ui, Upload upload, byte[] bytes) {
        problems.removeAll();
        show("", false);
        progress.setVisible(true);
        progress.setValue(0);
        progressLabel.setText("Checking the file…");
        ui.setPollInterval(300);
        // Checking and importing run beside the UI thread, with this person's sign-in, so the page stays responsive.
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> {
            try {
                var summary = tallyImport.importFile(practiceId, bytes, (done, total) -> ui.access(() -> {
                    double share = total == 0 ? 1 : (double) done / total;
                    progressLabel.setText("Importing: " + Math.round(100 * share) + "%");
                    progress.setValue(share);
                }));
                ui.access(() -> finished(summary));
            } catch (TallyImport.FileRejected e) {
                ui.access(() -> rejected(e));
            } catch (RuntimeException e) {
                ui.access(() -> show("The import failed and nothing was changed: " + e.getMessage(), true));
            } finally {
                // One file at a time: clearing the list lets the next (corrected) file be chosen.
                ui.access(() -> {
                    upload.clearFileList();
                    ui.setPollInterval(-1);
                });
            }
        }));
    }

    private void finished(TallyImport.Summary summary) {
        progress.setValue(1);
        progressLabel.setText("Import finished.");
        show("Imported " + NUMBER.format(summary.rows()) + (summary.rows() == 1 ? " row: " : " rows: ")
                + NUMBER.format(summary.registrations()) + " registrations added ("
                + summary.byMonth().entrySet().stream()
                .map(e -> DateFormats.MONTH.format(e.getKey()) + ": " + NUMBER.format(e.getValue()))
                .collect(Collectors.joining("; ")) + ").", false);
        afterChange.run();
    }

    private void rejected(TallyImport.FileRejected rejected) {
        var reading = rejected.reading();
        show(rejected.getMessage() + " Correct the file and upload it again.", true);
        var head = new NativeTableRow(new NativeTableHeaderCell("Line"), new NativeTableHeaderCell("Column"),
                new NativeTableHeaderCell("Problem"));
        var body = new NativeTableBody();
        reading.problems().forEach(p -> body.add(new NativeTableRow(new NativeTableCell(Integer.toString(p.line())),
                new NativeTableCell(p.column()), new NativeTableCell(p.message()))));
        var table = new NativeTable(new NativeTableHeader(head), body);
        table.addClassName("portal-table");
        table.setId("tally-import-problems");
        problems.add(table);
        if (reading.problemCount() > reading.problems().size()) {
            problems.add(new Paragraph("The first " + reading.problems().size() + " problems are listed, of "
                    + NUMBER.format(reading.problemCount()) + "."));
        }
    }

    private void show(String message, boolean error) {
        outcome.setText(message);
        outcome.setClassName("portal-error", error);
        if (error) {
            progress.setVisible(false);
            progressLabel.setText("");
        }
    }
}
