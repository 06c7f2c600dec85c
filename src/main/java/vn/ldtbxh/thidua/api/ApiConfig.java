package vn.ldtbxh.thidua.api;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ldtbxh.thidua.security.LoginThrottle;

@Configuration
public class ApiConfig {

  @Bean
  public FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(
      IdentityService identity, LoginThrottle throttle) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(identity, throttle));
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(20);
    return registration;
  }

  /** The API's description and the metrics: logged-in users, administrators for the metrics. */
  @Bean
  public FilterRegistrationBean<DocsAndMetricsAccessFilter> docsAndMetricsAccess(
      IdentityService identity, LoginThrottle throttle) {
    FilterRegistrationBean<DocsAndMetricsAccessFilter> registration =
        new FilterRegistrationBean<>(new DocsAndMetricsAccessFilter(identity, throttle));
    registration.setName("docs-and-metrics-access");
    registration.addUrlPatterns(
        DocsAndMetricsAccessFilter.METRICS + "/*",
        "/v3/api-docs/*",
        "/swagger-ui/*",
        "/swagger-ui.html");
    registration.setOrder(20);
    return registration;
  }
}
