package vn.ldtbxh.thidua.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import vn.ldtbxh.thidua.ThiduaApplication;

/** The prod profile refuses to start without the administrator's password, and says why. */
class ProdProfileTest {

  @Test
  void prodWithoutAdminPasswordFailsToStartWithAClearMessage() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(ThiduaApplication.class)
        .web(WebApplicationType.NONE)
        .profiles("prod")
        .run("--spring.datasource.url=jdbc:h2:mem:prod-check", "--camunda.bpm.job-execution.enabled=false",
            "--thidua.admin.password=").close())
        .hasStackTraceContaining("THIDUA_ADMIN_PASSWORD");
  }
}
