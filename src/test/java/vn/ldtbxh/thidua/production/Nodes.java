package vn.ldtbxh.thidua.production;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.ldtbxh.thidua.ThiduaApplication;

/**
 * Application nodes started in the test JVM on one database, with their job executors on. They run
 * without web server: the Camunda webapps keep static state that two web contexts in one JVM would
 * share.
 */
final class Nodes {

  private Nodes() {}

  /**
   * @param name the node's engine name: nodes in one JVM must not share Camunda's static engine
   *     registry
   */
  static ConfigurableApplicationContext start(
      String name, String jdbcUrl, String... extraArguments) {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--spring.datasource.url=" + jdbcUrl,
                "--camunda.bpm.process-engine-name=" + name,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--spring.main.web-application-type=none",
                "--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration,"
                    + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
                "--spring.jmx.enabled=false",
                "--camunda.bpm.job-execution.enabled=true"));
    arguments.addAll(List.of(extraArguments));
    return new SpringApplicationBuilder(ThiduaApplication.class)
        .profiles("demo")
        .run(arguments.toArray(String[]::new));
  }
}
