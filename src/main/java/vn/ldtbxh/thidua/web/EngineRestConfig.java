package vn.ldtbxh.thidua.web;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.stereotype.Component;

/**
 * The engine's REST API with the application's exception mapping: the engine answers 500 for any
 * exception raised in a listener or a start, so its three generic handlers are replaced by {@link
 * EngineRestExceptionMapper}, which answers the application's refusals with their own status and
 * Vietnamese message and leaves everything else to Camunda's own mapping.
 */
@Component
public class EngineRestConfig extends CamundaJerseyResourceConfig {

  private static final Set<Class<?>> REPLACED =
      Set.of(
          ExceptionHandler.class, ProcessEngineExceptionHandler.class, RestExceptionHandler.class);

  @Override
  protected void registerCamundaRestResources() {
    registerClasses(CamundaRestResources.getResourceClasses());
    registerClasses(
        CamundaRestResources.getConfigurationClasses().stream()
            .filter(type -> !REPLACED.contains(type))
            .collect(Collectors.toSet()));
    register(EngineRestExceptionMapper.class);
    register(JacksonFeature.class);
  }
}
