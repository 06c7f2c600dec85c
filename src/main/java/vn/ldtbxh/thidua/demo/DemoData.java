package vn.ldtbxh.thidua.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.common.StartupStep;
import vn.ldtbxh.thidua.common.VietnameseFormats;
import vn.ldtbxh.thidua.council.CouncilMemberRepository;
import vn.ldtbxh.thidua.council.CouncilRole;
import vn.ldtbxh.thidua.council.CouncilRoster;
import vn.ldtbxh.thidua.deadline.DeadlineCalculator;
import vn.ldtbxh.thidua.movement.Indicator;
import vn.ldtbxh.thidua.movement.Movement;
import vn.ldtbxh.thidua.movement.MovementRepository;
import vn.ldtbxh.thidua.movement.Targets;
import vn.ldtbxh.thidua.round.DeadlineExtension;
import vn.ldtbxh.thidua.round.RoundRepository;

/**
 * A living system at the first start (profile {@code demo-data}, turned on by {@code ./mvnw
 * spring-boot:run}): a demo movement covering this year, its round due in 14 days, reports
 * submitted, accepted, returned with a comment and overdue, and nominations at each step. Created
 * once: a database that already has the demo movement is left alone.
 */
@Component
@Profile("demo-data")
@Order(50)
public class DemoData implements StartupStep {

  public static final String MOVEMENT = "thi-dua-trinh-dien";
  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  private final MovementRepository movements;
  private final RoundRepository rounds;
  private final DeadlineCalculator calculator;
  private final DeadlineExtension extension;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final IdentityService identity;
  private final JdbcTemplate jdbc;
  private final CouncilMemberRepository council;
  private final Clock clock;

  public DemoData(
      MovementRepository movements,
      RoundRepository rounds,
      DeadlineCalculator calculator,
      DeadlineExtension extension,
      RuntimeService runtime,
      TaskService tasks,
      ManagementService management,
      IdentityService identity,
      JdbcTemplate jdbc,
      CouncilMemberRepository council,
      Clock clock) {
    this.movements = movements;
    this.rounds = rounds;
    this.calculator = calculator;
    this.extension = extension;
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.identity = identity;
    this.jdbc = jdbc;
    this.council = council;
    this.clock = clock;
  }

  @Override
  public void apply() {
    if (movements.findByCode(MOVEMENT).isPresent()) {
      return;
    }
    LocalDate today = LocalDate.now(clock.withZone(VietnameseFormats.ZONE));
    int year = today.getYear();
    if (rounds.exists("round-" + year)) {
      LOG.info("Demo data skipped: round-{} exists already", year);
      return;
    }
    movements.save(
        new Movement(
            MOVEMENT,
            "Ngành Lao động - Thương binh và Xã hội chung tay vì người nghèo "
                + "(dữ liệu trình diễn)",
            "179/KH-LĐTBXH",
            LocalDate.of(2018, 7, 12),
            year - 1,
            year + 1,
            Movement.DEFAULT_LEAD_GROUP,
            null,
            Targets.planDefaults()));
    String roundKey = "round-" + year;
    seedCouncil(LocalDate.of(year - 1, 1, 1));
    as("thamdinh", "social-protection", "unit-btxh");
    runtime.startProcessInstanceByKey(
        "emulation-round",
        Map.of("movement", MOVEMENT, "year", year, "deadline", today.plusDays(14).toString()));
    identity.clearAuthentication();
    runJobs();

    // Bình Long, with fewer poor households left, is asked to lower its rate by 0.8 points this
    // year
    movements.replaceRoundTargets(
        roundKey,
        Map.of("binhlong", Map.of(Indicator.POVERTY_RATE_FALL, new BigDecimal("0.8"))),
        "thamdinh",
        clock.instant(),
        () -> {});
    submit(year, "dongxoai", district(31200, 1240, 1050, 980, 940, 230, 30, 10));
    submit(year, "binhlong", district(18650, 980, 860, 760, 735, 150, 20, 10));
    submit(year, "locninh", district(29400, 2380, 2150, 1450, 1400, 290, 45, 15));
    submit(
        year,
        "ldvl",
        Map.of(
            "summary",
            "Tham mưu giải quyết việc làm cho 12.500 lao động, trong đó 1.850 lao động "
                + "thuộc hộ nghèo.",
            "activities",
            "Tổ chức 24 phiên giao dịch việc làm.",
            "fundContribution",
            12_000_000));
    submit(
        year,
        "ttbtxh",
        Map.of(
            "summary",
            "Nuôi dưỡng, chăm sóc 120 đối tượng bảo trợ xã hội.",
            "initiatives",
            "Mô hình vườn rau tự cung cấp.",
            "fundContribution",
            8_500_000));
    review(year, "binhlong", "APPROVED", null);
    review(year, "ldvl", "APPROVED", null);
    review(
        year,
        "locninh",
        "RETURNED",
        "Số hộ tái nghèo chưa khớp với kết quả rà soát cuối năm của huyện; "
            + "đề nghị kiểm tra và bổ sung danh sách hộ tái nghèo.");
    runJobs();

    // one unit whose own deadline has passed: its report is overdue
    LocalDate passed = calculator.calendar().minusWorkingDays(today, 2);
    jdbc.update(
        "update round_unit set deadline = ? where round_key = ? and unit_code = ?",
        passed,
        roundKey,
        "budop");
    extension.reschedule(roundKey, "budop");
    runJobs();

    nominations(roundKey);
    LOG.info(
        "Demo data created: movement {}, round {} due {}", MOVEMENT, roundKey, today.plusDays(14));
  }

  private void nominations(String roundKey) {
    String ineligible =
        nominate(
            roundKey,
            "phurieng",
            "BANG_KHEN_UBND_TINH",
            "COLLECTIVE",
            "Phòng Lao động - Thương binh và Xã hội huyện Phú Riềng",
            null);
    nominate(
        roundKey,
        "dongxoai",
        "GIAY_KHEN_GIAM_DOC",
        "INDIVIDUAL",
        "Nguyễn Thị Thu Hà",
        "Chuyên viên");
    String checking =
        nominate(
            roundKey,
            "binhlong",
            "GIAY_KHEN_GIAM_DOC",
            "INDIVIDUAL",
            "Trần Văn Hùng",
            "Phó Trưởng phòng");
    String completing =
        nominate(
            roundKey,
            "locninh",
            "GIAY_KHEN_GIAM_DOC",
            "COLLECTIVE",
            "Phòng Lao động - Thương binh và Xã hội huyện Lộc Ninh",
            null);
    String voting =
        nominate(roundKey, "budang", "GIAY_KHEN_GIAM_DOC", "INDIVIDUAL", "Lê Thị Mai", "Kế toán");
    String signing =
        nominate(
            roundKey,
            "chonthanh",
            "GIAY_KHEN_GIAM_DOC",
            "INDIVIDUAL",
            "Phạm Văn Tài",
            "Trưởng phòng");
    String awarded =
        nominate(
            roundKey,
            "dongphu",
            "GIAY_KHEN_GIAM_DOC",
            "COLLECTIVE",
            "Phòng Lao động - Thương binh và Xã hội huyện Đồng Phú",
            null);
    runJobs();
    for (String key : List.of(checking, completing, voting, signing, awarded)) {
      complete(
          key,
          "verifyAchievements",
          "thamdinh",
          List.of("social-protection", "unit-btxh"),
          Map.of("verifyOutcome", "APPROVED", "verifyComment", "Thành tích được xác nhận."));
    }
    complete(
        completing,
        "checkDossier",
        "vanphong",
        List.of("office", "unit-vp"),
        Map.of(
            "dossierOutcome",
            "INCOMPLETE",
            "dossierComment",
            "Thiếu biên bản họp xét thi đua của đơn vị."));
    for (String key : List.of(voting, signing, awarded)) {
      complete(
          key,
          "checkDossier",
          "vanphong",
          List.of("office", "unit-vp"),
          Map.of("dossierOutcome", "COMPLETE"));
    }
    for (String key : List.of(signing, awarded)) {
      complete(
          key,
          "councilVote",
          "hoidong",
          List.of("council"),
          Map.of(
              "membersTotal",
              15,
              "membersPresent",
              12,
              "votesFor",
              11,
              "minutesNumber",
              "03/BB-HĐTĐKT"));
    }
    LocalDate today = LocalDate.now(clock.withZone(VietnameseFormats.ZONE));
    complete(
        awarded,
        "signDecision",
        "giamdoc",
        List.of("directors", "managers"),
        Map.of("decisionNumber", "01/QĐ-LĐTBXH", "decisionDate", today.toString()));
    runJobs();
    LOG.info("Demo nominations: {} ineligible, {} awarded", ineligible, awarded);
  }

  private String nominate(
      String roundKey, String unit, String form, String kind, String name, String position) {
    as(unit, "unit-" + unit);
    Map<String, Object> variables =
        new HashMap<>(
            Map.of(
                "roundKey",
                roundKey,
                "unitCode",
                unit,
                "nomineeKind",
                kind,
                "nomineeName",
                name,
                "awardForm",
                form,
                "achievements",
                "Hoàn thành xuất sắc nhiệm vụ năm; tích cực vận động "
                    + "hỗ trợ hộ nghèo, hộ cận nghèo thoát nghèo bền vững.",
                "unitMinutesNumber",
                "02/BB-" + unit.toUpperCase(),
                "underDisciplinaryReview",
                false));
    if (position != null) {
      variables.put("nomineePosition", position);
    }
    String key = runtime.startProcessInstanceByKey("award-nomination", variables).getBusinessKey();
    identity.clearAuthentication();
    return key;
  }

  private void complete(
      String businessKey,
      String taskKey,
      String user,
      List<String> groups,
      Map<String, Object> vars) {
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(businessKey)
            .taskDefinitionKey(taskKey)
            .singleResult();
    as(user, groups.toArray(String[]::new));
    tasks.complete(task.getId(), vars);
    identity.clearAuthentication();
    runJobs();
  }

  /**
   * The council of 15 members the Director appointed (names invented): the chair, two vice-chairs,
   * the secretary and eleven members, serving since {@code from}.
   */
  private void seedCouncil(LocalDate from) {
    List<String[]> roster =
        List.of(
            new String[] {"Nguyễn Văn An", "Giám đốc Sở", "CHU_TICH"},
            new String[] {"Trần Thị Bình", "Phó Giám đốc Sở", "PHO_CHU_TICH"},
            new String[] {"Lê Văn Cường", "Chủ tịch Công đoàn Sở", "PHO_CHU_TICH"},
            new String[] {"Phạm Thị Dung", "Chánh Văn phòng Sở", "THU_KY"},
            new String[] {"Hoàng Văn Em", "Trưởng phòng Bảo trợ xã hội", "UY_VIEN"},
            new String[] {"Vũ Thị Giang", "Trưởng phòng Kế hoạch - Tài chính", "UY_VIEN"},
            new String[] {"Đỗ Văn Hải", "Chánh Thanh tra Sở", "UY_VIEN"},
            new String[] {"Bùi Thị Hoa", "Trưởng phòng Lao động - Việc làm", "UY_VIEN"},
            new String[] {"Đặng Văn Khánh", "Trưởng phòng Người có công", "UY_VIEN"},
            new String[] {"Ngô Thị Lan", "Phó Chánh Văn phòng Sở", "UY_VIEN"},
            new String[] {"Dương Văn Minh", "Bí thư Đoàn Thanh niên Sở", "UY_VIEN"},
            new String[] {"Lý Thị Ngọc", "Chủ tịch Hội Cựu chiến binh Sở", "UY_VIEN"},
            new String[] {"Mai Văn Phúc", "Giám đốc Trung tâm Bảo trợ xã hội", "UY_VIEN"},
            new String[] {"Trịnh Thị Quyên", "Giám đốc Trung tâm Dịch vụ việc làm", "UY_VIEN"},
            new String[] {"Tô Văn Sơn", "Chuyên viên Văn phòng Sở, phụ trách thi đua", "UY_VIEN"});
    for (String[] member : roster) {
      CouncilRoster.NewMember added =
          new CouncilRoster.NewMember(
              member[0], member[1], CouncilRole.valueOf(member[2]), from, null);
      council.add(added, "demo-data", clock.instant(), () -> {});
    }
  }

  private void submit(int year, String unit, Map<String, Object> report) {
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(year + "-" + unit)
            .taskDefinitionKey("prepareReport")
            .singleResult();
    as(unit, "unit-" + unit);
    tasks.complete(task.getId(), report);
    identity.clearAuthentication();
  }

  private void review(int year, String unit, String outcome, String comment) {
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(year + "-" + unit)
            .taskDefinitionKey("reviewReport")
            .singleResult();
    as("thamdinh", "social-protection");
    Map<String, Object> variables = new HashMap<>(Map.of("reviewOutcome", outcome));
    if (comment != null) {
      variables.put("reviewComment", comment);
    }
    tasks.complete(task.getId(), variables);
    identity.clearAuthentication();
  }

  private static Map<String, Object> district(
      int households,
      int poorStart,
      int poorEnd,
      int nearStart,
      int nearEnd,
      int left,
      int newlyPoor,
      int relapsed) {
    Map<String, Object> report = new HashMap<>();
    report.put("householdsTotal", households);
    report.put("poorStart", poorStart);
    report.put("poorEnd", poorEnd);
    report.put("nearPoorStart", nearStart);
    report.put("nearPoorEnd", nearEnd);
    report.put("leftPoverty", left);
    report.put("newlyPoor", newlyPoor);
    report.put("relapsed", relapsed);
    report.put("allowanceEntitled", households / 25);
    report.put("allowanceReceiving", households / 25 - 3);
    report.put("childrenSpecial", 48);
    report.put("childrenProtected", 47);
    report.put(
        "summary",
        "Triển khai đồng bộ các chính sách giảm nghèo; hỗ trợ %d hộ thoát nghèo.".formatted(left));
    return report;
  }

  private void as(String user, String... groups) {
    identity.setAuthentication(user, List.of(groups));
  }

  private void runJobs() {
    Instant now = clock.instant();
    for (int i = 0; i < 500; i++) {
      List<Job> due = management.createJobQuery().executable().listPage(0, 1);
      if (due.isEmpty()
          || due.get(0).getDuedate() != null && due.get(0).getDuedate().toInstant().isAfter(now)) {
        return;
      }
      management.executeJob(due.get(0).getId());
    }
  }
}
