package vn.ldtbxh.thidua.web;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.WebappProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the settings shared by the four Camunda webapps ({@code /camunda/thidua/common-config.js},
 * the language switch) from {@code META-INF/resources/webjars/camunda/thidua/}. Camunda's starter
 * serves only {@code /camunda/app/}, {@code /lib/}, {@code /assets/} and {@code /api/}: without
 * this handler the imports of each app's {@code config.js} answer 404 and no webapp starts.
 */
@Configuration
public class WebappCustomisationResources implements WebMvcConfigurer {

  private final CamundaBpmProperties camunda;

  public WebappCustomisationResources(CamundaBpmProperties camunda) {
    this.camunda = camunda;
  }

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    WebappProperty webapp = camunda.getWebapp();
    registry
        .addResourceHandler(webapp.getApplicationPath() + "/thidua/**")
        .addResourceLocations("classpath:" + webapp.getWebjarClasspath() + "/thidua/");
  }
}
