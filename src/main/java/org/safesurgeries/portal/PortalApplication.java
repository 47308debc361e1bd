package org.safesurgeries.portal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.ZoneOffset;
import java.util.TimeZone;

@SpringBootApplication
@Modulithic(sharedModules = "shared")
@EnableAsync
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/portal.css")
@Meta(name = "description", content = "Safe Surgeries: GP practices where anyone can register without ID, "
        + "proof of address or immigration status.")
public class PortalApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        // Below the views, times are instants; the views and emails show them in Europe/London explicitly. A JVM in
        // UTC, like the database sessions (application.properties), keeps what is stored the same on any host.
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneOffset.UTC));
        SpringApplication.run(PortalApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Safe Surgery portal");
    }
}
