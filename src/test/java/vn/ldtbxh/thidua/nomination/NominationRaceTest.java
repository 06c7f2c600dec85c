package vn.ldtbxh.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ldtbxh.thidua.ProcessTestSupport;
import vn.ldtbxh.thidua.common.ThiduaException;

/**
 * Two completions at the same moment that the rules allow only one of: two passing votes on two
 * flags of one movement, two signatures of one decision number for different decisions. The first
 * completion's transaction is held open until the second has returned or has waited a second, so
 * the two really overlap: the second is refused (409) once the first commits, its task stays open
 * and nothing of it is recorded.
 */
class NominationRaceTest extends ProcessTestSupport {

  private static final int DONE = 200;

  @Autowired IdentityService identity;
  @Autowired NominationRepository nominations;
  @Autowired PlatformTransactionManager transactions;

  @BeforeEach
  void openFinalRound() {
    deleteAllRounds();
    setClock("2020-11-20T09:00");
    runtime.startProcessInstanceByKey(
        "emulation-round",
        vars(
            "movement",
            "vi-nguoi-ngheo-2018-2020",
            "year",
            2020,
            "roundType",
            "FINAL",
            "unitCodes",
            "dongxoai,budang"));
    runDueJobs();
  }

  @RepeatedTest(3)
  void ofTwoFlagsOfOneMovementVotedAtOnceOnlyOnePasses() throws Exception {
    ProcessInstance first =
        nominate("dongxoai", "CO_THI_DUA_UBND_TINH", "Phòng LĐ-TB&XH thành phố Đồng Xoài");
    ProcessInstance second =
        nominate("budang", "CO_THI_DUA_UBND_TINH", "Phòng LĐ-TB&XH huyện Bù Đăng");
    verifyAndCheck(first);
    verifyAndCheck(second);
    Task firstVote = taskOf(first, "councilVote");
    Task secondVote = taskOf(second, "councilVote");

    List<Integer> outcomes =
        overlapping(
            "hoidong",
            List.of("council"),
            () -> tasks.complete(firstVote.getId(), vote(15, 15, 12)),
            () -> tasks.complete(secondVote.getId(), vote(15, 15, 13)));

    assertThat(outcomes).containsExactly(DONE, 409);
    assertThat(nominations.find(first.getBusinessKey()).orElseThrow().status())
        .isEqualTo(NominationStatus.SUBMITTED_TO_PROVINCE);
    Nomination held = nominations.find(second.getBusinessKey()).orElseThrow();
    assertThat(held.status()).isEqualTo(NominationStatus.COUNCIL);
    assertThat(held.councilPassed()).isNull();
    assertThat(taskOf(second, "councilVote")).isNotNull();
    assertThat(nominations.events(second.getBusinessKey()))
        .noneMatch(event -> "COUNCIL_VOTE".equals(event.get("step")));
  }

  @RepeatedTest(3)
  void oneDecisionNumberSignedAtOnceForTwoDecisionsIsRefusedOnce() throws Exception {
    ProcessInstance first = atTheDirector("dongxoai", "Nguyễn Văn An");
    ProcessInstance second = atTheDirector("budang", "Trần Thị Bình");
    Task firstSignature = taskOf(first, "signDecision");
    Task secondSignature = taskOf(second, "signDecision");

    List<Integer> outcomes =
        overlapping(
            "giamdoc",
            List.of("directors", "managers"),
            () ->
                tasks.complete(
                    firstSignature.getId(),
                    vars("decisionNumber", "130/QĐ-LĐTBXH", "decisionDate", "2020-12-20")),
            () ->
                tasks.complete(
                    secondSignature.getId(),
                    vars("decisionNumber", "130/QĐ-LĐTBXH", "decisionDate", "2020-12-21")));

    assertThat(outcomes).containsExactly(DONE, 409);
    assertThat(nominations.find(first.getBusinessKey()).orElseThrow().status())
        .isEqualTo(NominationStatus.AWARDED);
    Nomination refused = nominations.find(second.getBusinessKey()).orElseThrow();
    assertThat(refused.status()).isEqualTo(NominationStatus.DIRECTOR);
    assertThat(refused.decisionNumber()).isNull();
    assertThat(taskOf(second, "signDecision")).isNotNull();
    assertThat(nominations.inDecision("DIRECTOR", 2020, "130/QĐ-LĐTBXH"))
        .extracting(Nomination::businessKey)
        .containsExactly(first.getBusinessKey());
  }

  @RepeatedTest(3)
  void oneDecisionListingTwoNominationsSignedAtOnceRegistersBoth() throws Exception {
    ProcessInstance first = atTheDirector("dongxoai", "Nguyễn Văn An");
    ProcessInstance second = atTheDirector("budang", "Trần Thị Bình");
    Task firstSignature = taskOf(first, "signDecision");
    Task secondSignature = taskOf(second, "signDecision");
    Map<String, Object> decision =
        vars("decisionNumber", "131/QĐ-LĐTBXH", "decisionDate", "2020-12-20");

    List<Integer> outcomes =
        overlapping(
            "giamdoc",
            List.of("directors", "managers"),
            () -> tasks.complete(firstSignature.getId(), decision),
            () -> tasks.complete(secondSignature.getId(), decision));

    assertThat(outcomes).containsExactly(DONE, DONE);
    assertThat(nominations.inDecision("DIRECTOR", 2020, "131/QĐ-LĐTBXH"))
        .extracting(Nomination::businessKey)
        .containsExactlyInAnyOrder(first.getBusinessKey(), second.getBusinessKey());
    assertThat(
            jdbc.queryForObject(
                "select count(*) from director_decision where decision_number = '131/QĐ-LĐTBXH'",
                Integer.class))
        .isEqualTo(1);
  }

  /**
   * Runs {@code first} in a transaction held open after it, until {@code second} (started once
   * {@code first} is done, in another thread) has returned or has waited 1 s; then commits. Both
   * run as {@code user}. Returns each one's outcome: 200, or the status of the application's
   * refusal.
   */
  private List<Integer> overlapping(
      String user, List<String> groups, Runnable first, Runnable second) throws Exception {
    CountDownLatch firstDone = new CountDownLatch(1);
    CountDownLatch secondEnded = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> firstOutcome =
          pool.submit(
              () ->
                  outcome(
                      user,
                      groups,
                      () ->
                          new TransactionTemplate(transactions)
                              .executeWithoutResult(
                                  status -> {
                                    try {
                                      first.run();
                                    } finally {
                                      firstDone.countDown();
                                    }
                                    try {
                                      // a second completion that is not held back by this open
                                      // transaction returns meanwhile
                                      secondEnded.await(1, TimeUnit.SECONDS);
                                    } catch (InterruptedException e) {
                                      Thread.currentThread().interrupt();
                                    }
                                  })));
      Future<Integer> secondOutcome =
          pool.submit(
              () -> {
                try {
                  firstDone.await();
                  return outcome(user, groups, second);
                } finally {
                  secondEnded.countDown();
                }
              });
      return List.of(
          firstOutcome.get(30, TimeUnit.SECONDS), secondOutcome.get(30, TimeUnit.SECONDS));
    } finally {
      pool.shutdownNow();
    }
  }

  private int outcome(String user, List<String> groups, Runnable work) {
    identity.setAuthentication(user, groups);
    try {
      work.run();
      return DONE;
    } catch (RuntimeException error) {
      ThiduaException refusal = ThiduaException.findIn(error);
      if (refusal == null) {
        throw error;
      }
      return refusal.status();
    } finally {
      identity.clearAuthentication();
    }
  }

  private ProcessInstance atTheDirector(String unit, String nominee) {
    ProcessInstance nomination = nominate(unit, "GIAY_KHEN_GIAM_DOC", nominee);
    verifyAndCheck(nomination);
    complete(nomination, "councilVote", vote(15, 12, 8), "hoidong", "council");
    assertThat(taskOf(nomination, "signDecision")).isNotNull();
    return nomination;
  }

  private ProcessInstance nominate(String unit, String form, String name) {
    identity.setAuthentication(unit, List.of("unit-" + unit));
    try {
      boolean collective = "CO_THI_DUA_UBND_TINH".equals(form);
      return runtime.startProcessInstanceByKey(
          "award-nomination",
          vars(
              "roundKey",
              "round-2020-final",
              "nomineeKind",
              collective ? "COLLECTIVE" : "INDIVIDUAL",
              "nomineeName",
              name,
              "nomineePosition",
              collective ? null : "Chuyên viên",
              "awardForm",
              form,
              "achievements",
              "Hoàn thành xuất sắc nhiệm vụ giảm nghèo 3 năm liền.",
              "unitMinutesNumber",
              "05/BB-LĐTBXH",
              "underDisciplinaryReview",
              false));
    } finally {
      identity.clearAuthentication();
    }
  }

  private void verifyAndCheck(ProcessInstance instance) {
    complete(
        instance,
        "verifyAchievements",
        vars("verifyOutcome", "APPROVED"),
        "thamdinh",
        "social-protection",
        "unit-btxh");
    complete(
        instance,
        "checkDossier",
        vars("dossierOutcome", "COMPLETE", "documentsChecked", "[\"TO_TRINH\"]"),
        "vanphong",
        "office",
        "unit-vp");
  }

  private void complete(
      ProcessInstance instance,
      String taskKey,
      Map<String, Object> variables,
      String user,
      String... groups) {
    runDueJobs();
    Task task = taskOf(instance, taskKey);
    assertThat(task).as(taskKey).isNotNull();
    identity.setAuthentication(user, List.of(groups));
    try {
      tasks.complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
    runDueJobs();
  }

  private static Map<String, Object> vote(int total, int present, int votesFor) {
    return vars(
        "membersTotal",
        total,
        "membersPresent",
        present,
        "votesFor",
        votesFor,
        "minutesNumber",
        "12/BB-HĐTĐKT");
  }
}
