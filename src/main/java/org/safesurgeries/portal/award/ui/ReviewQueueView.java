package org.safesurgeries.portal.award.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import jakarta.annotation.security.RolesAllowed;
import org.safesurgeries.portal.award.AwardChoices.ApplicationStatus;
import org.safesurgeries.portal.award.AwardReviewService;
import org.safesurgeries.portal.award.ReviewQueue;
import org.safesurgeries.portal.award.ReviewQueue.Row;
import org.safesurgeries.portal.security.Roles;
import org.safesurgeries.portal.shared.ui.ChoicesWhenOpened;

import java.util.Arrays;

/**
 * Applications waiting for the panel, longest first, loaded page by page. The time each has waited in its state is
 * shown; those past the review-time target stand out.
 *
 * <p>One queue per browser tab ({@code @UIScope}): a reviewer who opens an application and comes back finds the
 * filters as they left them, and the page is not built again on every visit (bench/vaadin). The grid reads its rows
 * again each time it is shown.
 */
@SpringComponent
@UIScope
@Route("reviews")
@PageTitle("Award reviews · Safe Surgery portal")
@Menu(title = "Award reviews", order = 30, icon = "vaadin:clipboard-check")
@RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
class ReviewQueueView extends VerticalLayout {

    ReviewQueueView(AwardReviewService reviews) {
        addClassName("portal-page");
        var status = new Select<ApplicationStatus>();
        status.setLabel("Status");
        status.setItems(Arrays.stream(ApplicationStatus.values()).filter(s -> s != ApplicationStatus.DRAFT).toList());
        status.setItemLabelGenerator(s -> s == null ? "With the panel" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("With the panel");
        var region = new ComboBox<String>("Region");
        ChoicesWhenOpened.set(region, reviews::regions);
        region.setClearButtonVisible(true);
        var days = new IntegerField("Waiting at least (days)");
        days.setMin(0);
        days.setMax(3650);
        days.setClearButtonVisible(true);
        var overdue = new Checkbox("Only past the " + reviews.targetDays() + "-day target");

        var grid = new Grid<Row>();
        // A screenful and some: the first page is sent with the view.
        grid.setPageSize(25);
        // Cells are templates filled in the browser, not a component per cell (bench/vaadin).
        grid.addColumn(LitRenderer.<Row>of("<a href=${item.path}>${item.name}</a>")
                        .withProperty("path", r -> ReviewView.path(r.applicationId()))
                        .withProperty("name", Row::practiceName))
                .setHeader("Practice").setFlexGrow(3);
        grid.addColumn(Row::odsCode).setHeader("ODS code").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(Row::region).setHeader("Region").setFlexGrow(2);
        grid.addColumn(r -> r.status().label() + (r.round() > 1 ? " (round " + r.round() + ")" : "")
                + (r.renewal() ? ", renewal" : "")).setHeader("Status").setFlexGrow(2);
        grid.addColumn(LitRenderer.<Row>of(
                        "<span class=${item.overdue ? 'portal-badge portal-badge-overdue' : ''}>${item.waiting}</span>")
                        .withProperty("overdue", Row::overdue)
                        .withProperty("waiting", ReviewQueueView::waiting))
                .setHeader("Waiting").setWidth("11rem").setFlexGrow(0);
        grid.addColumn(r -> r.assessmentsSubmitted() + " of " + r.panelSize()).setHeader("Assessed")
                .setWidth("7rem").setFlexGrow(0);
        grid.setEmptyStateText("No application matches these filters.");
        java.util.function.Supplier<ReviewQueue.Filter> filter = () -> new ReviewQueue.Filter(status.getValue(),
                region.getValue(), days.getValue(), overdue.getValue());
        grid.setItems(q -> reviews.queue(filter.get(), q.getOffset(), q.getLimit()).stream(),
                q -> reviews.count(filter.get()));
        Runnable refresh = () -> grid.getDataProvider().refreshAll();
        status.addValueChangeListener(e -> refresh.run());
        region.addValueChangeListener(e -> refresh.run());
        days.addValueChangeListener(e -> refresh.run());
        overdue.addValueChangeListener(e -> refresh.run());
        var filters = new HorizontalLayout(status, region, days, overdue);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H1("Award reviews"), new Paragraph("The target is a decision within " + reviews.targetDays()
                + " days of submission. Open an application to declare any conflict of interest, join its panel "
                + "and assess it."), filters, grid);
        setSizeFull();
        grid.setSizeFull();
    }

    private static String waiting(Row row) {
        return row.daysWaiting() + (row.daysWaiting() == 1 ? " day" : " days") + (row.overdue() ? ", overdue" : "");
    }
}
