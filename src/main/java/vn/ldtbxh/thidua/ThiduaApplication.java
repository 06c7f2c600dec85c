package vn.ldtbxh.thidua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Thi đua: the emulation movement and awards of the Department, on Camunda Platform 7. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ThiduaApplication {

  public static void main(String[] args) {
    SpringApplication.run(ThiduaApplication.class, args);
  }
}
