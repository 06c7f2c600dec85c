package vn.ldtbxh.thidua.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import vn.ldtbxh.thidua.forms.StartFormContentFilter;
import vn.ldtbxh.thidua.forms.StartFormOptions;

@Configuration
public class WebFilterConfig {

  /**
   * First of all filters on every dynamic path: the engine's REST API, the webapps' APIs, the
   * application's API.
   */
  @Bean
  public FilterRegistrationBean<DatabaseAvailabilityFilter> databaseAvailability(
      DataSource dataSource) {
    FilterRegistrationBean<DatabaseAvailabilityFilter> registration =
        new FilterRegistrationBean<>(new DatabaseAvailabilityFilter(dataSource));
    registration.setName("database-availability");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*", "/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /**
   * Cross-site requests change nothing: after the forwarded headers are applied (Spring's
   * ForwardedHeaderFilter has the highest precedence, Tomcat's RemoteIpValve runs before any
   * filter), before any authentication.
   */
  @Bean
  public FilterRegistrationBean<CrossSiteRequestFilter> crossSiteRequests(
      @Value("${thidua.public-url:}") String publicUrls) {
    FilterRegistrationBean<CrossSiteRequestFilter> registration =
        new FilterRegistrationBean<>(new CrossSiteRequestFilter(publicUrls));
    registration.setName("cross-site-requests");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*", "/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  /**
   * No HTTP Basic challenge to a browser's navigation: before the engine's REST authentication
   * (order 10), the API's (20) and the one of the documentation and metrics (20).
   */
  @Bean
  public FilterRegistrationBean<BrowserChallengeFilter> browserChallenges() {
    FilterRegistrationBean<BrowserChallengeFilter> registration =
        new FilterRegistrationBean<>(new BrowserChallengeFilter());
    registration.setName("browser-challenges");
    registration.addUrlPatterns(
        "/engine-rest/*",
        "/api/*",
        "/actuator/metrics/*",
        "/v3/api-docs/*",
        "/swagger-ui/*",
        "/swagger-ui.html");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
    return registration;
  }

  /**
   * The start forms with their choices for the caller: after the engine REST API's authentication
   * (order 10), whose user it reads; the webapps' callers are read from their session.
   */
  @Bean
  public FilterRegistrationBean<StartFormContentFilter> startFormContent(
      StartFormOptions options, IdentityService identity, ObjectMapper json) {
    FilterRegistrationBean<StartFormContentFilter> registration =
        new FilterRegistrationBean<>(new StartFormContentFilter(options, identity, json));
    registration.setName("start-form-content");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(30);
    return registration;
  }

  /**
   * The webapps' engine API (Tasklist's form submissions): refusals answered with their Vietnamese
   * message.
   */
  @Bean
  public FilterRegistrationBean<WebappRefusalFilter> webappRefusals() {
    FilterRegistrationBean<WebappRefusalFilter> registration =
        new FilterRegistrationBean<>(new WebappRefusalFilter());
    registration.setName("webapp-refusals");
    registration.addUrlPatterns("/camunda/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }
}
