package vn.ldtbxh.thidua.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The bare engine: a plain process engine with the application's engine settings (history full,
 * authorization checks on, strong UUIDs, TASK_WORK for candidates, no job executor) and generated
 * models of the same shapes as emulation-round, unit-report and award-nomination (user tasks with
 * candidate groups and due dates, boundary timers, gateways, a multi-instance call activity,
 * asynchronous continuations), but no listener, no delegate, no bean and no table of its own.
 */
final class BareEngine implements AutoCloseable {

  final ProcessEngine engine;
  final HikariDataSource dataSource;

  BareEngine(String name, String url, String user, String password) {
    dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(url);
    dataSource.setUsername(user);
    dataSource.setPassword(password);
    dataSource.setMaximumPoolSize(10);
    dataSource.setAutoCommit(false);
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setDataSource(dataSource);
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setHistory("full");
    configuration.setAuthorizationEnabled(true);
    configuration.setIdGenerator(new StrongUuidGenerator());
    configuration.setJobExecutorActivate(false);
    configuration.setDefaultUserPermissionNameForTask("TASK_WORK");
    configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9_.-]+");
    configuration.setEnforceHistoryTimeToLive(true);
    engine = configuration.buildProcessEngine();
  }

  void deploy() {
    engine
        .getRepositoryService()
        .createDeployment()
        .name("bare")
        .addModelInstance("bare-round.bpmn", round())
        .addModelInstance("bare-report.bpmn", report())
        .addModelInstance("bare-nomination.bpmn", nomination())
        .addClasspathResource("bpmn/award-rules.dmn")
        .deploy();
  }

  /** The grants the application gives the unit groups: start nominations. */
  void grant(int units) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (int unit = 0; unit < units; unit++) {
      Authorization definition =
          authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      definition.setGroupId("unit-" + unit);
      definition.setResource(Resources.PROCESS_DEFINITION);
      definition.setResourceId("bare-nomination");
      definition.addPermission(Permissions.READ);
      definition.addPermission(Permissions.CREATE_INSTANCE);
      authorizations.saveAuthorization(definition);
      Authorization instance = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      instance.setGroupId("unit-" + unit);
      instance.setResource(Resources.PROCESS_INSTANCE);
      instance.setResourceId(Authorization.ANY);
      instance.addPermission(Permissions.CREATE);
      authorizations.saveAuthorization(instance);
    }
  }

  /** Starts the round: one report instance per unit (unit codes 0..units-1), in one transaction. */
  void openRound(int year, int units) {
    Instant due = Instant.now().plus(30, ChronoUnit.DAYS);
    engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            "bare-round",
            "round-" + year,
            WorkloadDriver.vars(
                "roundKey",
                "round-" + year,
                "year",
                year,
                "unitCount",
                units,
                "due",
                Date.from(due),
                "firstReminderAt",
                Date.from(due.minus(7, ChronoUnit.DAYS)),
                "lastReminderAt",
                Date.from(due.minus(1, ChronoUnit.DAYS)),
                "cutOffAt",
                Date.from(due.plus(14, ChronoUnit.DAYS)),
                "reviewDue",
                Date.from(due.plus(7, ChronoUnit.DAYS))));
  }

  static List<String> unitCodes(int units) {
    List<String> codes = new ArrayList<>();
    for (int unit = 0; unit < units; unit++) {
      codes.add(String.valueOf(unit));
    }
    return codes;
  }

  /**
   * The start variables the application's listeners compute, and the council's outcome its listener
   * gives.
   */
  WorkloadDriver.Shape shape(int year) {
    return new WorkloadDriver.Shape(
        "bare-round",
        "bare-nomination",
        year,
        (unitCode, number) ->
            WorkloadDriver.vars(
                "unitCode",
                unitCode,
                "roundType",
                "ANNUAL",
                "verifyDue",
                Date.from(Instant.now().plus(5, ChronoUnit.DAYS))),
        taskKey ->
            "councilVote".equals(taskKey)
                ? WorkloadDriver.vars("councilPassed", true, "authority", "DIRECTOR")
                : null);
  }

  static BpmnModelInstance round() {
    return Bpmn.createExecutableProcess("bare-round")
        .camundaHistoryTimeToLive(1825)
        .startEvent("roundRequested")
        .callActivity("collectReports")
        .calledElement("bare-report")
        .camundaInBusinessKey("${year}-${loopCounter}")
        .camundaIn("roundKey", "roundKey")
        .camundaIn("loopCounter", "unitCode")
        .camundaIn("year", "year")
        .camundaIn("due", "due")
        .camundaIn("firstReminderAt", "firstReminderAt")
        .camundaIn("lastReminderAt", "lastReminderAt")
        .camundaIn("cutOffAt", "cutOffAt")
        .camundaIn("reviewDue", "reviewDue")
        .multiInstance()
        .cardinality("${unitCount}")
        .camundaAsyncAfter()
        .multiInstanceDone()
        .exclusiveGateway("compileMerge")
        .userTask("compileResults")
        .camundaCandidateGroups("social-protection")
        .userTask("approveSummary")
        .camundaCandidateGroups("directors")
        .exclusiveGateway("summaryDecision")
        .condition("approved", "${summaryOutcome == 'APPROVED'}")
        .endEvent("roundClosed")
        .moveToLastGateway()
        .condition("returned", "${summaryOutcome != 'APPROVED'}")
        .connectTo("compileMerge")
        .done();
  }

  static BpmnModelInstance report() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("bare-report")
            .camundaHistoryTimeToLive(1825)
            .startEvent("reportRequested")
            .subProcess("reportPreparation")
            .embeddedSubProcess()
            .startEvent("preparationStarted")
            .userTask("prepareReport")
            .camundaCandidateGroups("unit-${unitCode}")
            .camundaDueDate("${due}")
            .endEvent("reportSubmitted")
            .subProcessDone()
            .exclusiveGateway("reviewMerge")
            .userTask("reviewReport")
            .camundaCandidateGroups("social-protection")
            .camundaDueDate("${reviewDue}")
            .exclusiveGateway("reviewDecision")
            .condition("approved", "${reviewOutcome == 'APPROVED'}")
            .endEvent("reportAccepted")
            .moveToLastGateway()
            .condition("returned", "${reviewOutcome == 'RETURNED'}")
            .intermediateThrowEvent("notifyReturned")
            .camundaAsyncBefore()
            .userTask("reviseReport")
            .camundaCandidateGroups("unit-${unitCode}")
            .connectTo("reviewMerge")
            .done();
    UserTask prepare = model.getModelElementById("prepareReport");
    prepare
        .builder()
        .boundaryEvent("firstReminder")
        .cancelActivity(false)
        .timerWithDate("${firstReminderAt}")
        .intermediateThrowEvent("sendFirstReminder")
        .camundaAsyncBefore()
        .endEvent("firstReminderSent");
    prepare
        .builder()
        .boundaryEvent("lastReminder")
        .cancelActivity(false)
        .timerWithDate("${lastReminderAt}")
        .intermediateThrowEvent("sendLastReminder")
        .camundaAsyncBefore()
        .endEvent("lastReminderSent");
    prepare
        .builder()
        .boundaryEvent("overdue")
        .cancelActivity(false)
        .timerWithDate("${due}")
        .intermediateThrowEvent("sendOverdueNotice")
        .camundaAsyncBefore()
        .endEvent("overdueNoticesDone");
    SubProcess preparation = model.getModelElementById("reportPreparation");
    preparation
        .builder()
        .boundaryEvent("cutOff")
        .timerWithDate("${cutOffAt}")
        .intermediateThrowEvent("notifyCutOff")
        .camundaAsyncBefore()
        .endEvent("reportNotSubmitted");
    UserTask review = model.getModelElementById("reviewReport");
    review
        .builder()
        .boundaryEvent("reviewOverdue")
        .cancelActivity(false)
        .timerWithDate("${reviewDue}")
        .intermediateThrowEvent("notifyReviewOverdue")
        .camundaAsyncBefore()
        .endEvent("reviewOverdueNotified");
    return model;
  }

  static BpmnModelInstance nomination() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("bare-nomination")
            .camundaHistoryTimeToLive(1825)
            .startEvent("nominationSubmitted")
            .businessRuleTask("decideEligibility")
            .camundaDecisionRef("award-rules")
            .exclusiveGateway("eligibilityDecision")
            .condition("eligible", "${!underDisciplinaryReview}")
            .userTask("verifyAchievements")
            .camundaCandidateGroups("social-protection")
            .camundaDueDate("${verifyDue}")
            .exclusiveGateway("verifyDecision")
            .condition("verified", "${verifyOutcome == 'APPROVED'}")
            .userTask("checkDossier")
            .camundaCandidateGroups("office")
            .exclusiveGateway("dossierDecision")
            .condition("complete", "${dossierOutcome == 'COMPLETE'}")
            .userTask("councilVote")
            .camundaCandidateGroups("council")
            .exclusiveGateway("councilDecision")
            .condition("passed", "${councilPassed}")
            .exclusiveGateway("authorityDecision")
            .condition("director", "${authority == 'DIRECTOR'}")
            .userTask("signDecision")
            .camundaCandidateGroups("directors")
            .intermediateThrowEvent("notifyAwarded")
            .camundaAsyncBefore()
            .endEvent("nominationAwarded")
            .moveToLastGateway()
            .condition("province", "${authority != 'DIRECTOR'}")
            .endEvent("submittedToProvince")
            .moveToNode("councilDecision")
            .condition("failed", "${!councilPassed}")
            .endEvent("councilFailed")
            .moveToNode("dossierDecision")
            .condition("incomplete", "${dossierOutcome != 'COMPLETE'}")
            .endEvent("dossierIncomplete")
            .moveToNode("verifyDecision")
            .condition("notVerified", "${verifyOutcome != 'APPROVED'}")
            .endEvent("notVerified")
            .moveToNode("eligibilityDecision")
            .condition("ineligible", "${underDisciplinaryReview}")
            .intermediateThrowEvent("notifyIneligible")
            .camundaAsyncBefore()
            .endEvent("nominationIneligible")
            .done();
    model
        .<Process>getModelElementById("bare-nomination")
        .builder()
        .eventSubProcess("withdrawalByUnit")
        .startEvent("withdrawalRequested")
        .message("nominationWithdrawalRequested")
        .intermediateThrowEvent("notifyWithdrawalByUnit")
        .camundaAsyncBefore()
        .endEvent("nominationWithdrawnByUnit");
    return model;
  }

  @Override
  public void close() {
    engine.close();
    dataSource.close();
  }
}
