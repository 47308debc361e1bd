package org.safesurgeries.portal.practice.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.practice.EpraccurFileRejected;
import org.safesurgeries.portal.practice.EpraccurImporter;
import org.safesurgeries.portal.practice.ImportReport;
import org.safesurgeries.portal.security.Roles;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

import java.util.concurrent.CompletableFuture;

/** The administrator uploads NHS epraccur; a progress bar shows the import and a report what it did. */
@Route("admin/practices/import")
@PageTitle("Import practices · Safe Surgery portal")
@Menu(title = "Import practices", order = 51, icon = "vaadin:upload")
@RolesAllowed(Roles.ADMIN)
class PracticeImportView extends VerticalLayout {

    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    private final EpraccurImporter importer;
    private final ProgressBar progress = new ProgressBar();
    private final Span progressLabel = new Span();
    private final Paragraph outcome = new Paragraph();
    private final Grid<ImportReport.RejectedLine> rejected = new Grid<>();

    PracticeImportView(EpraccurImporter importer) {
        this.importer = importer;
        addClassName("portal-page");
        var upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) ->
                start(UI.getCurrent(), upload, metadata.fileName(), bytes)));
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> show("The file was refused: " + e.getErrorMessage(), true));
        progress.setVisible(false);
        progress.setId("import-progress");
        progressLabel.setId("import-progress-label");
        progress.getElement().setAttribute("aria-labelledby", "import-progress-label");
        outcome.getElement().setAttribute("role", "status");
        rejected.addColumn(ImportReport.RejectedLine::lineNumber).setHeader("Line").setAutoWidth(true);
        rejected.addColumn(ImportReport.RejectedLine::reason).setHeader("Why it was rejected").setFlexGrow(3);
        rejected.setVisible(false);
        rejected.setAllRowsVisible(true);
        add(new H1("Import practices"),
                new Paragraph("Upload the NHS epraccur file (CSV, no header row, 27 columns). Only GP practices "
                        + "(prescribing setting 4) are imported. Importing again updates names and addresses and "
                        + "marks closed practices closed; no practice is ever deleted."),
                upload, progressLabel, progress, outcome, rejected);
    }

    private void start(UI ui, Upload upload, String fileName, byte[] bytes) {
        progress.setVisible(true);
        progress.setValue(0);
        progressLabel.setText("Importing " + fileName + "…");
        rejected.setVisible(false);
        ui.setPollInterval(300);
        // The import runs beside the UI thread, with this person's sign-in, so the page stays responsive.
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> {
            try {
                var report = importer.importFile(bytes, fileName, (done, total) ->
                        ui.access(() -> progress.setValue(total == 0 ? 1 : (double) done / total)));
                ui.access(() -> finished(report));
            } catch (EpraccurFileRejected e) {
                ui.access(() -> show(e.getMessage(), true));
            } catch (RuntimeException e) {
                ui.access(() -> show("The import failed and nothing was changed: " + e.getMessage(), true));
            } finally {
                // One file at a time: clearing the list lets the next file be chosen.
                ui.access(() -> {
                    upload.clearFileList();
                    ui.setPollInterval(-1);
                });
            }
        }));
    }

    private void finished(ImportReport report) {
        progress.setValue(1);
        progressLabel.setText("Import finished.");
        show(report.summary() + ".", false);
        rejected.setItems(report.rejected());
        rejected.setVisible(!report.rejected().isEmpty());
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
