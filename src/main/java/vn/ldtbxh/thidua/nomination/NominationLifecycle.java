package vn.ldtbxh.thidua.nomination;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.DecisionEvaluationUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.common.EngineUser;
import vn.ldtbxh.thidua.common.EngineVariables;
import vn.ldtbxh.thidua.common.Inputs;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.common.VietnameseFormats;
import vn.ldtbxh.thidua.council.CouncilMemberRepository;
import vn.ldtbxh.thidua.deadline.DeadlineCalculator;
import vn.ldtbxh.thidua.organization.Unit;
import vn.ldtbxh.thidua.organization.UnitRepository;
import vn.ldtbxh.thidua.round.RoundRepository;

/**
 * The steps of {@code award-nomination} that change business data. Each refusal is a Vietnamese
 * message; the task stays open and nothing changes. Nobody verifies, checks or votes on the
 * nomination of their own unit.
 */
@Component("nominationLifecycle")
public class NominationLifecycle {

  private final NominationRequestValidator validator;
  private final NominationRepository nominations;
  private final UnitRepository units;
  private final RoundRepository rounds;
  private final DeadlineCalculator calculator;
  private final IdentityService identity;
  private final CouncilMemberRepository council;
  private final Clock clock;

  public NominationLifecycle(
      NominationRequestValidator validator,
      NominationRepository nominations,
      UnitRepository units,
      RoundRepository rounds,
      DeadlineCalculator calculator,
      IdentityService identity,
      CouncilMemberRepository council,
      Clock clock) {
    this.validator = validator;
    this.nominations = nominations;
    this.units = units;
    this.rounds = rounds;
    this.calculator = calculator;
    this.identity = identity;
    this.council = council;
    this.clock = clock;
  }

  /**
   * Start: validates, gives the business key {@code <roundKey>-<unitCode>-<n>} and records the
   * nomination.
   */
  public void onStart(DelegateExecution execution) {
    Instant now = clock.instant();
    Authentication user = identity.getCurrentAuthentication();
    NominationRequest request =
        validator.validate(execution.getVariables(), user == null ? null : user.getGroupIds(), now);
    int seq = nominations.nextSequence(request.round().roundKey(), request.unit().code());
    String businessKey = request.round().roundKey() + "-" + request.unit().code() + "-" + seq;
    execution.setProcessBusinessKey(businessKey);
    nominations.insert(
        request,
        businessKey,
        seq,
        execution.getProcessInstanceId(),
        now,
        user == null ? null : user.getUserId());
    nominations.event(
        businessKey, now, user == null ? null : user.getUserId(), "SUBMITTED", null, null);
    String unitName =
        units
            .nameOn(request.unit().code(), LocalDate.ofInstant(now, VietnameseFormats.ZONE))
            .orElse(request.unit().name());
    // The business data is in the nomination's tables; the variables are what the forms show, the
    // task
    // list columns (unitName, year), the candidate groups (unitCode) and what the rules read. The
    // nomination key is the business key; roundType is read by award-rules in this transaction
    // only.
    execution.setVariable("roundType", Variables.stringValue(request.round().type().name(), true));
    EngineVariables.set(execution, "roundKey", request.round().roundKey());
    EngineVariables.set(execution, "year", request.round().year());
    EngineVariables.set(execution, "unitCode", request.unit().code());
    EngineVariables.set(execution, "unitName", unitName);
    EngineVariables.set(execution, "nomineeKind", request.nomineeKind().name());
    EngineVariables.set(execution, "nomineeKindText", request.nomineeKind().vietnamese());
    EngineVariables.set(execution, "nomineeName", request.nomineeName());
    EngineVariables.set(execution, "nomineePosition", request.nomineePosition());
    EngineVariables.set(execution, "awardForm", request.awardForm().name());
    EngineVariables.set(execution, "awardFormName", request.awardForm().vietnamese());
    EngineVariables.set(execution, "achievements", request.achievements());
    EngineVariables.set(execution, "unitMinutesNumber", request.unitMinutesNumber());
    EngineVariables.set(execution, "underDisciplinaryReview", request.underDisciplinaryReview());
    EngineVariables.set(
        execution, "lateText", request.late() ? "Gửi sau hạn nộp (nộp muộn)" : "Gửi đúng hạn");
  }

  /**
   * After award-rules: keeps its outputs as small variables and records eligibility. The decision's
   * result is the engine's transient {@code decisionResult} of this step (one rule matches), never
   * stored as a variable.
   */
  public void applyRules(DelegateExecution execution) {
    DmnDecisionResult result =
        (DmnDecisionResult)
            execution.getVariableLocal(DecisionEvaluationUtil.DECISION_RESULT_VARIABLE);
    String key = key(execution);
    NominationKey file = NominationKey.of(execution);
    if (result == null || result.isEmpty()) {
      throw new IllegalStateException("award-rules gave no result for " + key);
    }
    Map<String, Object> rule = result.getSingleResult().getEntryMap();
    boolean eligible = Boolean.TRUE.equals(rule.get("eligible"));
    // read by the gateway right after, in this transaction
    execution.setVariable("eligible", Variables.booleanValue(eligible, true));
    if (!eligible) {
      String reason = (String) rule.get("ineligibleReason");
      nominations.status(file, NominationStatus.INELIGIBLE, reason, clock.instant());
      nominations.event(key, clock.instant(), null, "ELIGIBILITY", "INELIGIBLE", reason);
      return;
    }
    String authority = (String) rule.get("authority");
    CouncilThreshold threshold =
        new CouncilThreshold(
            ((Number) rule.get("thresholdNumerator")).intValue(),
            ((Number) rule.get("thresholdDenominator")).intValue(),
            (String) rule.get("thresholdComparison"));
    execution.setVariable("authority", authority);
    execution.setVariable("thresholdText", threshold.vietnamese());
    execution.setVariable("requiredDocuments", rule.get("requiredDocuments"));
    if (rule.get("awardFormName") != null) {
      execution.setVariable("awardFormName", rule.get("awardFormName"));
    }
    nominations.eligible(file, authority, threshold);
    nominations.status(file, NominationStatus.VERIFYING, null, clock.instant());
    nominations.event(key, clock.instant(), null, "ELIGIBILITY", "ELIGIBLE", authority);
  }

  /**
   * A task opens blank: the outcome of an earlier pass through it is kept in the nomination's
   * history.
   */
  public void onTaskOpened(DelegateTask task) {
    for (String name :
        switch (task.getTaskDefinitionKey()) {
          case "verifyAchievements" -> List.of("verifyOutcome", "verifyComment");
          case "checkDossier" -> List.of("dossierOutcome", "dossierComment", "documentsChecked");
          default -> List.<String>of();
        }) {
      task.getExecution().removeVariable(name);
    }
    if ("councilVote".equals(task.getTaskDefinitionKey())) {
      // the form shows the council's size from its roster, where the roster covers the day
      council
          .roster()
          .sizeOn(today())
          .ifPresent(size -> task.getExecution().setVariable("membersTotal", size));
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(VietnameseFormats.ZONE));
  }

  public void onVerified(DelegateTask task) {
    String user = notOwnUnit(task, "thẩm định thành tích");
    String outcome =
        oneOf(
            task.getVariable("verifyOutcome"),
            "Kết quả thẩm định (verifyOutcome)",
            "APPROVED",
            "RETURNED",
            "REJECTED");
    String comment = Inputs.text(task.getVariable("verifyComment"));
    if (!"APPROVED".equals(outcome) && comment == null) {
      throw ThiduaException.invalid(
          "Khi trả lại hoặc không đề nghị khen thưởng phải ghi rõ ý kiến (verifyComment).");
    }
    String key = key(task.getExecution());
    NominationKey file = NominationKey.of(task.getExecution());
    nominations.verifiedBy(file, user);
    nominations.status(
        file,
        switch (outcome) {
          case "APPROVED" -> NominationStatus.CHECKING;
          case "RETURNED" -> NominationStatus.RETURNED;
          default -> NominationStatus.NOT_AWARDED;
        },
        "REJECTED".equals(outcome) ? comment : null,
        clock.instant());
    nominations.event(key, clock.instant(), user, "VERIFY", outcome, comment);
  }

  public void onAchievementsRevised(DelegateTask task) {
    String achievements =
        NominationRequestValidator.required(
            task.getVariable("achievements"), "Báo cáo thành tích (achievements)", 4000);
    String minutes = Inputs.text(task.getVariable("unitMinutesNumber"));
    String key = key(task.getExecution());
    NominationKey file = NominationKey.of(task.getExecution());
    nominations.achievements(file, achievements, minutes, currentUser(), clock.instant());
    nominations.status(file, NominationStatus.VERIFYING, null, clock.instant());
    nominations.event(key, clock.instant(), currentUser(), "REVISE", null, null);
  }

  public void onDossierChecked(DelegateTask task) {
    String user = notOwnUnit(task, "kiểm tra hồ sơ");
    String outcome =
        oneOf(
            task.getVariable("dossierOutcome"),
            "Kết quả kiểm tra hồ sơ (dossierOutcome)",
            "COMPLETE",
            "INCOMPLETE");
    String comment = Inputs.text(task.getVariable("dossierComment"));
    if ("INCOMPLETE".equals(outcome) && comment == null) {
      throw ThiduaException.invalid(
          "Khi hồ sơ chưa đầy đủ phải ghi rõ cần bổ sung gì (dossierComment).");
    }
    String key = key(task.getExecution());
    NominationKey file = NominationKey.of(task.getExecution());
    nominations.checkedBy(file, user);
    Instant now = clock.instant();
    if ("INCOMPLETE".equals(outcome)) {
      task.setVariable("dossierReturnedAt", now.toString());
      task.setVariable(
          "completeDueText",
          "Hạn hoàn thiện hồ sơ: "
              + VietnameseFormats.dateTime(calculator.completeDossierDeadline(now)));
    }
    nominations.status(
        file,
        "COMPLETE".equals(outcome) ? NominationStatus.COUNCIL : NominationStatus.INCOMPLETE,
        null,
        now);
    nominations.event(key, now, user, "CHECK_DOSSIER", outcome, comment);
  }

  public void onDossierCompleted(DelegateTask task) {
    String note =
        NominationRequestValidator.required(
            task.getVariable("completionNote"), "Nội dung đã bổ sung (completionNote)", 4000);
    String achievements = Inputs.text(task.getVariable("achievements"));
    String key = key(task.getExecution());
    NominationKey file = NominationKey.of(task.getExecution());
    if (achievements != null) {
      NominationRequestValidator.required(achievements, "Báo cáo thành tích (achievements)", 4000);
      nominations.achievements(
          file,
          achievements,
          Inputs.text(task.getVariable("unitMinutesNumber")),
          currentUser(),
          clock.instant());
    }
    nominations.status(file, NominationStatus.CHECKING, null, clock.instant());
    nominations.event(key, clock.instant(), currentUser(), "COMPLETE_DOSSIER", null, note);
  }

  /** The dossier was not completed in time: the nomination is withdrawn. */
  public void onExpired(DelegateExecution execution) {
    String key = key(execution);
    NominationKey file = NominationKey.of(execution);
    String reason = "Đơn vị không hoàn thiện hồ sơ trong thời hạn.";
    nominations.status(file, NominationStatus.WITHDRAWN, reason, clock.instant());
    nominations.event(key, clock.instant(), null, "EXPIRED", "WITHDRAWN", reason);
  }

  /**
   * The unit withdrew the nomination (event sub-process {@code withdrawalByUnit}): checked again
   * here, in the transaction that interrupts the process, so a nomination that reached the council
   * meanwhile stays.
   */
  public void onWithdrawnByUnit(DelegateExecution execution) {
    String key = key(execution);
    NominationKey file = NominationKey.of(execution);
    Nomination nomination = nominations.find(key).orElseThrow();
    NominationWithdrawal.requireWithdrawable(nomination);
    String reason = (String) execution.getVariable("withdrawalReason");
    nominations.status(
        file, NominationStatus.WITHDRAWN, "Đơn vị rút hồ sơ: " + reason, clock.instant());
    nominations.event(
        key,
        clock.instant(),
        (String) execution.getVariable("withdrawnBy"),
        "WITHDRAW",
        "WITHDRAWN",
        reason);
  }

  /**
   * The council's vote: the quorum and the numbers are checked, the threshold of the award form
   * applied. Only one flag (Cờ thi đua) per movement can pass: a second is held back while the
   * first stands.
   */
  public void onCouncilVoted(DelegateTask task) {
    String user = notOwnUnit(task, "biểu quyết");
    CouncilVote vote =
        new CouncilVote(
            count(
                task.getVariable("membersTotal"),
                "Tổng số thành viên Hội đồng (membersTotal)",
                true),
            count(
                task.getVariable("membersPresent"), "Số thành viên có mặt (membersPresent)", true),
            count(task.getVariable("votesFor"), "Số phiếu đồng ý (votesFor)", true),
            count(task.getVariable("writtenVotes"), "Số phiếu bằng văn bản (writtenVotes)", false));
    vote.check();
    council.roster().requireTotal(today(), vote.membersTotal());
    String minutes =
        NominationRequestValidator.required(
            task.getVariable("minutesNumber"), "Số biên bản họp Hội đồng (minutesNumber)", 100);
    String key = key(task.getExecution());
    NominationKey file = NominationKey.of(task.getExecution());
    boolean passed = threshold(key, task).passedBy(vote);
    Nomination nomination = nominationOf(task.getExecution());
    if (passed && nomination.awardForm() == AwardForm.CO_THI_DUA_UBND_TINH) {
      String movement = rounds.findByKey(nomination.roundKey()).orElseThrow().movementCode();
      nominations
          .flagHolder(movement, key)
          .ifPresent(
              holder -> {
                String holderName =
                    units.findByCode(holder.unitCode()).map(Unit::name).orElse(holder.unitCode());
                throw ThiduaException.conflict(
                    ("Cờ thi đua của phong trào đã được Hội đồng đề nghị cho \"%s\" (%s, hồ sơ %s). "
                            + "Mỗi phong trào chỉ có một Cờ thi đua: hồ sơ này chờ đến khi hồ sơ kia không được UBND tỉnh khen thưởng.")
                        .formatted(holder.nomineeName(), holderName, holder.businessKey()));
              });
    }
    task.setVariable("councilPassed", passed);
    task.setVariable("writtenVotes", vote.writtenVotes());
    Instant now = clock.instant();
    nominations.council(file, vote, minutes, passed, now);
    String authority = nomination.authority();
    nominations.status(
        file,
        !passed
            ? NominationStatus.NOT_AWARDED
            : "DIRECTOR".equals(authority)
                ? NominationStatus.DIRECTOR
                : NominationStatus.SUBMITTED_TO_PROVINCE,
        passed ? null : "Không đạt ngưỡng biểu quyết của Hội đồng Thi đua - Khen thưởng.",
        now);
    nominations.event(
        key,
        now,
        user,
        "COUNCIL_VOTE",
        passed ? "PASSED" : "FAILED",
        "%d/%d có mặt, %d phiếu bằng văn bản, %d phiếu đồng ý; biên bản %s"
            .formatted(
                vote.membersPresent(),
                vote.membersTotal(),
                vote.writtenVotes(),
                vote.votesFor(),
                minutes));
  }

  /** The Director signed: the decision is registered; its number is unique in its year. */
  public void onDecisionSigned(DelegateTask task) {
    String number =
        NominationRequestValidator.required(
            task.getVariable("decisionNumber"), "Số quyết định (decisionNumber)", 100);
    LocalDate date =
        requiredDate(task.getVariable("decisionDate"), "Ngày quyết định (decisionDate)");
    String key = key(task.getExecution());
    NominationKey file = NominationKey.of(task.getExecution());
    String awardForm = nominationOf(task.getExecution()).awardForm().name();
    nominations
        .directorNumberHeldByOther(number, date, awardForm)
        .ifPresent(
            registeredDate -> {
              throw ThiduaException.conflict(
                  ("Số quyết định %s năm %d đã được dùng cho một quyết định khác (ngày %s): "
                          + "số quyết định không được trùng trong năm.")
                      .formatted(number, date.getYear(), VietnameseFormats.date(registeredDate)));
            });
    Instant now = clock.instant();
    nominations.decision(file, "DIRECTOR", number, date, now, currentUser());
    nominations.status(file, NominationStatus.AWARDED, null, now);
    nominations.event(key, now, currentUser(), "SIGN_DECISION", "AWARDED", number);
  }

  public void onSubmittedToProvince(DelegateTask task) {
    String number =
        NominationRequestValidator.required(
            task.getVariable("submissionNumber"), "Số tờ trình (submissionNumber)", 100);
    LocalDate date =
        requiredDate(task.getVariable("submissionDate"), "Ngày tờ trình (submissionDate)");
    String key = key(task.getExecution());
    NominationKey file = NominationKey.of(task.getExecution());
    nominations.submission(file, number, date);
    task.setVariable("submissionDateText", VietnameseFormats.date(date));
    nominations.event(key, clock.instant(), currentUser(), "SUBMIT_TO_PROVINCE", null, number);
  }

  public void onProvincialDecision(DelegateTask task) {
    String outcome =
        oneOf(
            task.getVariable("provincialOutcome"),
            "Kết quả của cấp trên (provincialOutcome)",
            "AWARDED",
            "NOT_AWARDED");
    String key = key(task.getExecution());
    NominationKey file = NominationKey.of(task.getExecution());
    Instant now = clock.instant();
    if ("AWARDED".equals(outcome)) {
      String number =
          NominationRequestValidator.required(
              task.getVariable("provincialDecisionNumber"),
              "Số quyết định của cấp trên (provincialDecisionNumber)",
              100);
      LocalDate date =
          requiredDate(
              task.getVariable("provincialDecisionDate"),
              "Ngày quyết định của cấp trên (provincialDecisionDate)");
      nominations.decision(
          file, nominationOf(task.getExecution()).authority(), number, date, now, currentUser());
      nominations.status(file, NominationStatus.AWARDED, null, now);
    } else {
      String reason =
          NominationRequestValidator.required(
              task.getVariable("provincialReason"),
              "Lý do không được khen thưởng (provincialReason)",
              4000);
      nominations.status(file, NominationStatus.NOT_AWARDED, reason, now);
    }
    nominations.event(
        key,
        now,
        currentUser(),
        "PROVINCIAL_DECISION",
        outcome,
        Inputs.text(task.getVariable("provincialReason")));
  }

  /**
   * The council's threshold; nominations that passed the rules before it was kept in the table have
   * it as variables.
   */
  private CouncilThreshold threshold(String key, DelegateTask task) {
    return nominations
        .threshold(key)
        .orElseGet(
            () ->
                new CouncilThreshold(
                    (Integer) task.getVariable("thresholdNumerator"),
                    (Integer) task.getVariable("thresholdDenominator"),
                    (String) task.getVariable("thresholdComparison")));
  }

  private String notOwnUnit(DelegateTask task, String action) {
    String user = currentUser();
    Nomination nomination = nominationOf(task.getExecution());
    if (user != null
        && EngineUser.isMember(identity, user, Unit.groupIdOf(nomination.unitCode()))) {
      String unitName =
          units.findByCode(nomination.unitCode()).map(Unit::name).orElse(nomination.unitCode());
      throw ThiduaException.forbidden(
          "Bạn thuộc %s, đơn vị đề nghị hồ sơ này, nên không thể %s hồ sơ của đơn vị mình: "
                  .formatted(unitName, action)
              + "một cán bộ khác phải làm việc này.");
    }
    return user == null ? "system" : user;
  }

  private static String oneOf(Object value, String label, String... allowed) {
    String text = Inputs.text(value);
    for (String candidate : allowed) {
      if (candidate.equals(text)) {
        return text;
      }
    }
    throw ThiduaException.invalid(
        "%s phải là một trong %s, không phải \"%s\"."
            .formatted(label, String.join(", ", allowed), text == null ? "" : text));
  }

  private static int count(Object value, String label, boolean required) {
    Long number =
        required ? Inputs.requiredWholeNumber(value, label) : Inputs.wholeNumber(value, label);
    if (number == null) {
      return 0;
    }
    if (number < 0) {
      throw ThiduaException.invalid("%s không được là số âm.".formatted(label));
    }
    if (number > 1000) {
      throw ThiduaException.invalid("%s (%d) quá lớn.".formatted(label, number));
    }
    return number.intValue();
  }

  private static LocalDate requiredDate(Object value, String label) {
    LocalDate date = Inputs.date(value, label);
    if (date == null) {
      throw ThiduaException.invalid("Chưa nhập %s.".formatted(label));
    }
    return date;
  }

  /**
   * The nomination as the application recorded it: its unit, round, award form and authority are
   * read here, never from a variable a user could have sent.
   */
  private Nomination nominationOf(DelegateExecution execution) {
    return nominations
        .find(key(execution))
        .orElseThrow(
            () -> new IllegalStateException("No nomination recorded for " + key(execution)));
  }

  /** The nomination's key is its process instance's business key. */
  static String key(DelegateExecution execution) {
    return execution.getProcessBusinessKey();
  }

  private String currentUser() {
    return EngineUser.idOrNull(identity);
  }
}
