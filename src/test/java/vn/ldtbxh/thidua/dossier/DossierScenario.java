package vn.ldtbxh.thidua.dossier;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import vn.ldtbxh.thidua.RestTestSupport;
import vn.ldtbxh.thidua.movement.MovementRepository;

/**
 * Builds dossiers through the engine's Java API, each step by the user whose work it is: a round, a
 * unit's report submitted, returned with a comment, revised and accepted, and nominations moved to
 * a given step.
 */
public final class DossierScenario {

  public static final String RETURN_COMMENT =
      "Đề nghị bổ sung số hộ tái nghèo trong năm và tên xã điểm.";
  private static final Map<String, List<String>> GROUPS =
      Map.of(
          "thamdinh",
          List.of("social-protection", "unit-btxh"),
          "vanphong",
          List.of("office", "unit-vp"),
          "hoidong",
          List.of("council"));

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final IdentityService identity;
  private final MovementRepository movements;

  public DossierScenario(ApplicationContext spring) {
    runtime = spring.getBean(RuntimeService.class);
    tasks = spring.getBean(TaskService.class);
    management = spring.getBean(ManagementService.class);
    identity = spring.getBean(IdentityService.class);
    movements = spring.getBean(MovementRepository.class);
  }

  public void openRound(String movementCode, int year, String unitCodes) {
    RestTestSupport.openRound(movements, runtime, management, movementCode, year, unitCodes);
  }

  /**
   * The unit submits, social protection returns it with {@link #RETURN_COMMENT}, the unit revises,
   * it is accepted.
   */
  public void reportReturnedThenAccepted(int year, String unit) {
    String key = year + "-" + unit;
    complete(key, "prepareReport", unit, districtReport(900));
    complete(
        key,
        "reviewReport",
        "thamdinh",
        Map.of("reviewOutcome", "RETURNED", "reviewComment", RETURN_COMMENT));
    complete(key, "reviseReport", unit, districtReport(905));
    complete(key, "reviewReport", "thamdinh", Map.of("reviewOutcome", "APPROVED"));
  }

  /**
   * Starts a nomination as the unit's officer; it waits at verifyAchievements. Returns its business
   * key.
   */
  public String nominate(int year, String unit, String nominee, String position) {
    identity.setAuthentication(unit, List.of("unit-" + unit));
    try {
      Map<String, Object> variables =
          new HashMap<>(
              Map.of(
                  "roundKey",
                  "round-" + year,
                  "unitCode",
                  unit,
                  "nomineeKind",
                  "INDIVIDUAL",
                  "nomineeName",
                  nominee,
                  "nomineePosition",
                  position,
                  "awardForm",
                  "GIAY_KHEN_GIAM_DOC",
                  "achievements",
                  "Hoàn thành xuất sắc nhiệm vụ; vận động 40 hộ thoát nghèo.",
                  "unitMinutesNumber",
                  "05/BB-" + unit.toUpperCase(),
                  "underDisciplinaryReview",
                  false));
      return runtime.startProcessInstanceByKey("award-nomination", variables).getBusinessKey();
    } finally {
      identity.clearAuthentication();
      RestTestSupport.runJobs(management);
    }
  }

  /** Verified and checked: the nomination waits for the council's vote. */
  public void toCouncil(String key) {
    complete(
        key,
        "verifyAchievements",
        "thamdinh",
        Map.of(
            "verifyOutcome",
            "APPROVED",
            "verifyComment",
            "Thành tích được Phòng Bảo trợ xã hội xác nhận."));
    complete(key, "checkDossier", "vanphong", Map.of("dossierOutcome", "COMPLETE"));
  }

  public Task openTask(String businessKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
  }

  public void complete(
      String businessKey, String taskKey, String user, Map<String, Object> variables) {
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(businessKey)
            .taskDefinitionKey(taskKey)
            .singleResult();
    if (task == null) {
      throw new IllegalStateException("no open task " + taskKey + " of " + businessKey);
    }
    identity.setAuthentication(user, GROUPS.getOrDefault(user, List.of("unit-" + user)));
    try {
      tasks.complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
    RestTestSupport.runJobs(management);
  }

  private static Map<String, Object> districtReport(int poorEnd) {
    Map<String, Object> report = new HashMap<>();
    report.put("householdsTotal", 30000);
    report.put("poorStart", 1000);
    report.put("poorEnd", poorEnd);
    report.put("nearPoorStart", 800);
    report.put("nearPoorEnd", 760);
    report.put("leftPoverty", 1000 - poorEnd + 40);
    report.put("newlyPoor", 30);
    report.put("relapsed", 10);
    report.put("allowanceEntitled", 1200);
    report.put("allowanceReceiving", 1200);
    report.put("childrenSpecial", 40);
    report.put("childrenProtected", 40);
    report.put("summary", "Triển khai đồng bộ các chính sách giảm nghèo trên địa bàn.");
    return report;
  }
}
