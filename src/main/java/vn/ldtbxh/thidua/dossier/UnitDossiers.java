package vn.ldtbxh.thidua.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import vn.ldtbxh.thidua.api.CurrentUser;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.dossier.DossierRepository.NominationExtra;
import vn.ldtbxh.thidua.dossier.DossierRepository.ReportRow;
import vn.ldtbxh.thidua.nomination.Nomination;
import vn.ldtbxh.thidua.nomination.NominationRepository;
import vn.ldtbxh.thidua.report.ReportStatus;

/**
 * A unit's reports and nominations, open or ended, each with its current step, due date, outcome,
 * comments, documents and what the caller may do with it. The caller's right to read was checked.
 */
@Service
public class UnitDossiers {

  private final DossierRepository dossiers;
  private final NominationRepository nominations;
  private final OpenSteps steps;
  private final DossierHistory history;
  private final DossierDocuments documents;
  private final DossierAccess access;

  public UnitDossiers(
      DossierRepository dossiers,
      NominationRepository nominations,
      OpenSteps steps,
      DossierHistory history,
      DossierDocuments documents,
      DossierAccess access) {
    this.dossiers = dossiers;
    this.nominations = nominations;
    this.steps = steps;
    this.history = history;
    this.documents = documents;
    this.access = access;
  }

  /** Newest round first; in a round the report, then the nominations, newest first. */
  public List<UnitDossier> ofUnit(String unitCode, CurrentUser user) {
    List<ReportRow> reports = dossiers.reportsOf(unitCode);
    List<Nomination> unitNominations = nominations.findByUnit(unitCode);
    List<String> instances =
        Stream.concat(
                reports.stream().map(ReportRow::processInstanceId),
                unitNominations.stream().map(Nomination::processInstanceId))
            .toList();
    Map<String, Task> open = steps.of(instances);
    Set<String> running = steps.running(instances);
    List<UnitDossier> answer = new ArrayList<>();
    reports.forEach(
        report ->
            answer.add(
                report(
                    report,
                    new Step(
                        running.contains(report.processInstanceId()),
                        open.get(report.processInstanceId())),
                    user)));
    unitNominations.forEach(
        nomination ->
            answer.add(
                nomination(
                    nomination,
                    new Step(
                        running.contains(nomination.processInstanceId()),
                        open.get(nomination.processInstanceId())),
                    user)));
    answer.sort(
        Comparator.comparingInt(UnitDossier::year)
            .reversed()
            .thenComparing(UnitDossier::kind, Comparator.reverseOrder())
            .thenComparing(
                UnitDossier::submittedAt,
                Comparator.nullsFirst(Comparator.<Instant>reverseOrder())));
    return answer;
  }

  /** One dossier, found by kind and business key. */
  public UnitDossier one(DossierKind kind, String key, CurrentUser user) {
    if (kind == DossierKind.REPORT) {
      ReportRow report =
          dossiers
              .report(key)
              .orElseThrow(
                  () -> ThiduaException.notFound("Không có báo cáo \"%s\".".formatted(key)));
      access.requireReadable(user, kind, report.unitCode(), key);
      return report(report, step(report.processInstanceId()), user);
    }
    Nomination nomination =
        nominations
            .find(key)
            .orElseThrow(
                () ->
                    ThiduaException.notFound(
                        "Không có hồ sơ đề nghị khen thưởng \"%s\".".formatted(key)));
    access.requireReadable(user, kind, nomination.unitCode(), key);
    return nomination(nomination, step(nomination.processInstanceId()), user);
  }

  /**
   * Where a dossier's process instance stands: running or ended, and its open task if it has one.
   */
  private record Step(boolean running, Task task) {

    String name() {
      return task != null ? task.getName() : running ? MOVING_ON : null;
    }

    String key() {
      return task == null ? null : task.getTaskDefinitionKey();
    }

    Instant due() {
      return task == null || task.getDueDate() == null ? null : task.getDueDate().toInstant();
    }
  }

  /**
   * The current step of a running instance without an open task (a notice being sent before the
   * next task).
   */
  static final String MOVING_ON = "Hệ thống đang chuyển sang bước tiếp theo";

  private Step step(String processInstanceId) {
    List<String> ids = processInstanceId == null ? List.of() : List.of(processInstanceId);
    return new Step(!steps.running(ids).isEmpty(), steps.of(ids).get(processInstanceId));
  }

  private UnitDossier report(ReportRow report, Step running, CurrentUser user) {
    // an accepted or closed report has ended, whatever notice its instance still sends
    boolean ended =
        ReportStatus.ACCEPTED.name().equals(report.status())
            || ReportStatus.NOT_SUBMITTED.name().equals(report.status());
    Step step = ended ? new Step(false, null) : running;
    String statusText = statusText(report.status());
    String title =
        "FINAL".equals(report.roundType())
            ? "Báo cáo tổng kết phong trào năm " + report.year()
            : "Báo cáo kết quả thi đua năm " + report.year();
    Instant due = step.due() != null ? step.due() : report.dueAt();
    Instant endedAt = report.acceptedAt() != null ? report.acceptedAt() : report.closedAt();
    boolean accepted = ReportStatus.ACCEPTED.name().equals(report.status());
    return new UnitDossier(
        DossierKind.REPORT.name(),
        DossierKind.REPORT.path(),
        DossierKind.REPORT.vietnamese(),
        report.businessKey(),
        report.unitCode(),
        report.roundKey(),
        report.year(),
        title,
        step.running(),
        step.name(),
        step.key(),
        due,
        report.status(),
        statusText,
        null,
        report.late(),
        report.submittedAt(),
        step.running() ? null : endedAt,
        history.ofReport(report.roundKey(), report.unitCode()),
        documents.attached(DossierKind.REPORT, report.businessKey()),
        false,
        access.mayReopen(user, report.unitCode(), accepted, report.roundOpen()),
        access.mayUpload(user, report.unitCode()));
  }

  private UnitDossier nomination(Nomination nomination, Step running, CurrentUser user) {
    // a withdrawn or decided nomination has ended, whatever notice its instance still sends
    Step step = nomination.status().isEnded() ? new Step(false, null) : running;
    NominationExtra extra = dossiers.nominationExtra(nomination.businessKey());
    String nominee =
        nomination.nomineeName()
            + (nomination.nomineePosition() == null ? "" : ", " + nomination.nomineePosition());
    String title =
        "%s: %s (%s)"
            .formatted(
                nomination.awardForm().vietnamese(),
                nominee,
                nomination.nomineeKind().vietnamese().toLowerCase());
    return new UnitDossier(
        DossierKind.NOMINATION.name(),
        DossierKind.NOMINATION.path(),
        DossierKind.NOMINATION.vietnamese(),
        nomination.businessKey(),
        nomination.unitCode(),
        nomination.roundKey(),
        extra.year(),
        title,
        step.running(),
        step.name(),
        step.key(),
        step.due(),
        nomination.status().name(),
        nomination.status().vietnamese(),
        nomination.statusReason(),
        nomination.late(),
        nomination.submittedAt(),
        extra.endedAt(),
        history.ofNomination(nomination.businessKey()),
        documents.ofNomination(nomination, user),
        access.mayWithdraw(user, nomination.unitCode(), nomination.status()),
        false,
        access.mayUpload(user, nomination.unitCode()));
  }

  /**
   * A status this version knows in Vietnamese; one it does not know (added later) as it is stored.
   */
  private static String statusText(String status) {
    for (ReportStatus known : ReportStatus.values()) {
      if (known.name().equals(status)) {
        return known.vietnamese();
      }
    }
    return status;
  }
}
