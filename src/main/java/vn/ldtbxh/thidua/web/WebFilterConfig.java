package vn.ldtbxh.thidua.web;

import javax.sql.DataSource;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
public class WebFilterConfig {

  /** First of all filters on every dynamic path: the engine's REST API, the webapps' APIs, the application's API. */
  @Bean
  public FilterRegistrationBean<DatabaseAvailabilityFilter> databaseAvailability(DataSource dataSource) {
    FilterRegistrationBean<DatabaseAvailabilityFilter> registration =
        new FilterRegistrationBean<>(new DatabaseAvailabilityFilter(dataSource));
    registration.setName("database-availability");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*", "/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** The webapps' engine API (Tasklist's form submissions): refusals answered with their Vietnamese message. */
  @Bean
  public FilterRegistrationBean<WebappRefusalFilter> webappRefusals() {
    FilterRegistrationBean<WebappRefusalFilter> registration = new FilterRegistrationBean<>(new WebappRefusalFilter());
    registration.setName("webapp-refusals");
    registration.addUrlPatterns("/camunda/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }
}
