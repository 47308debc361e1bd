package org.safesurgeries.portal.award.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.safesurgeries.portal.award.ApplicationDetails.Evidence;
import org.safesurgeries.portal.award.EvidenceService;

import java.io.ByteArrayInputStream;
import java.util.Locale;

/** A link that downloads one evidence file, checked again by the service for whoever clicks it. */
final class EvidenceLinks {

    private EvidenceLinks() {
    }

    static Anchor of(EvidenceService evidence, long applicationId, Evidence file) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            var download = evidence.download(applicationId, file.id());
            return new DownloadResponse(new ByteArrayInputStream(download.bytes()), download.fileName(),
                    download.contentType(), download.bytes().length);
        }), file.fileName() + " (" + file.kindLabel() + ", " + size(file.size()) + ")");
        link.getElement().setAttribute("download", true);
        return link;
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.UK, "%,d KB", Math.max(1, bytes / 1024));
        }
        return String.format(Locale.UK, "%.1f MB", bytes / 1048576.0);
    }
}
