package vn.ldtbxh.thidua.database;

import java.util.Arrays;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/** The process engine starts only once Flyway has migrated the database (its tables included). */
@Component
public class EngineAfterMigrations implements BeanFactoryPostProcessor {

  static final String ENGINE_CONFIGURATION = "processEngineConfigurationImpl";
  static final String FLYWAY = "flywayInitializer";

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) {
    if (!factory.containsBeanDefinition(ENGINE_CONFIGURATION)
        || !factory.containsBeanDefinition(FLYWAY)) {
      return;
    }
    BeanDefinition engine = factory.getBeanDefinition(ENGINE_CONFIGURATION);
    String[] dependsOn = engine.getDependsOn() == null ? new String[0] : engine.getDependsOn();
    if (!Arrays.asList(dependsOn).contains(FLYWAY)) {
      String[] extended = Arrays.copyOf(dependsOn, dependsOn.length + 1);
      extended[dependsOn.length] = FLYWAY;
      engine.setDependsOn(extended);
    }
  }
}
