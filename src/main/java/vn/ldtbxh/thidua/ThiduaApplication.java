package vn.ldtbxh.thidua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import vn.ldtbxh.thidua.database.HostZone;

/** Thi đua: the emulation movement and awards of the Department, on Camunda Platform 7. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ThiduaApplication {

  public static void main(String[] args) {
    // before anything reads the default zone (UtcDefaultZone does it again for contexts started
    // otherwise)
    HostZone.pinToUtc();
    SpringApplication.run(ThiduaApplication.class, args);
  }
}
