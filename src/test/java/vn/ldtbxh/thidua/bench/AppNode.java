package vn.ldtbxh.thidua.bench;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ldtbxh.thidua.ThiduaApplication;
import vn.ldtbxh.thidua.common.StartupSetup;
import vn.ldtbxh.thidua.movement.Movement;
import vn.ldtbxh.thidua.movement.MovementRepository;

/**
 * One node of the real application (profile demo) on a given database, and the data the benchmark
 * needs.
 */
final class AppNode implements AutoCloseable {

  static final String MOVEMENT = "bench-movement";

  /**
   * The rounds of the benchmark are in the coming years, so their deadlines are ahead of the real
   * clock.
   */
  static final int FIRST_YEAR = Year.now().getValue() + 1;

  final ConfigurableApplicationContext context;
  final long startNanos;

  private AppNode(ConfigurableApplicationContext context, long startNanos) {
    this.context = context;
    this.startNanos = startNanos;
  }

  static AppNode start(
      String url, String user, String password, boolean jobExecutor, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--spring.jmx.enabled=false",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--camunda.bpm.job-execution.enabled=" + jobExecutor,
                "--logging.level.vn.ldtbxh.thidua.notification.Notifier=WARN",
                "--logging.level.vn.ldtbxh.thidua.round.RoundLifecycle=WARN"));
    args.addAll(List.of(extra));
    long start = System.nanoTime();
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(ThiduaApplication.class)
            .profiles("demo")
            .run(args.toArray(String[]::new));
    return new AppNode(context, System.nanoTime() - start);
  }

  ProcessEngine engine() {
    return context.getBean(ProcessEngine.class);
  }

  JdbcTemplate jdbc() {
    return context.getBean(JdbcTemplate.class);
  }

  int port() {
    return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
  }

  static List<String> unitCodes(int count) {
    List<String> codes = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      codes.add("b%04d".formatted(i));
    }
    return codes;
  }

  /**
   * Adds the benchmark's units (district offices b0001...), a movement over the coming years, and
   * the users who review, check, vote and sign; then runs the start-up set-up again so that every
   * unit has its group, its demo user (id = unit code, with an e-mail address) and its grants.
   */
  long prepareOrganisation(List<String> codes) {
    long start = System.nanoTime();
    List<Object[]> rows = new ArrayList<>();
    for (String code : codes) {
      rows.add(
          new Object[] {
            code,
            "Phòng Lao động - Thương binh và Xã hội đơn vị " + code,
            "DISTRICT",
            "ldtbxh." + code + "@binhphuoc.gov.vn"
          });
    }
    jdbc()
        .batchUpdate(
            "insert into unit (code, name, kind, email, active) values (?, ?, ?, ?, true)", rows);
    context
        .getBean(MovementRepository.class)
        .save(
            new Movement(
                MOVEMENT,
                "Phong trào thi đua đo hiệu năng",
                FIRST_YEAR,
                FIRST_YEAR + 30,
                "social-protection"));
    context.getBean(StartupSetup.class).onEngineDeployed();
    IdentityService identity = engine().getIdentityService();
    for (Map.Entry<String, List<String>> user :
        Map.of(
                WorkloadDriver.REVIEWER,
                List.of("social-protection"),
                WorkloadDriver.OFFICE,
                List.of("office"),
                WorkloadDriver.COUNCIL,
                List.of("council"),
                WorkloadDriver.DIRECTOR,
                List.of("directors", "managers"))
            .entrySet()) {
      if (identity.createUserQuery().userId(user.getKey()).count() == 0) {
        User created = identity.newUser(user.getKey());
        created.setPassword("demo");
        created.setEmail(user.getKey() + "@demo.ldtbxh.binhphuoc.gov.vn");
        vn.ldtbxh.thidua.demo.DemoUsers.saveSkippingPasswordPolicy(identity, created);
        user.getValue().forEach(group -> identity.createMembership(user.getKey(), group));
      }
    }
    return System.nanoTime() - start;
  }

  /**
   * Opens the round of that year for the units and runs its announcement, which starts every
   * report.
   */
  ProcessInstance openRound(int year, List<String> codes) {
    ProcessInstance round =
        engine()
            .getRuntimeService()
            .startProcessInstanceByKey(
                "emulation-round",
                WorkloadDriver.vars(
                    "movement",
                    MOVEMENT,
                    "year",
                    year,
                    "roundType",
                    "ANNUAL",
                    "unitCodes",
                    org.camunda.bpm.engine.variable.Variables.objectValue(new ArrayList<>(codes))
                        .serializationDataFormat(
                            org.camunda.bpm.engine.variable.Variables.SerializationDataFormats.JSON)
                        .create()));
    ManagementService management = engine().getManagementService();
    for (Job job : management.createJobQuery().processInstanceId(round.getId()).list()) {
      management.executeJob(job.getId());
    }
    long reports =
        engine()
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey("unit-report")
            .superProcessInstanceId(round.getId())
            .count();
    if (reports != codes.size()) {
      throw new IllegalStateException(
          "Round " + year + " started " + reports + " reports, not " + codes.size());
    }
    return round;
  }

  @Override
  public void close() {
    context.close();
  }
}
