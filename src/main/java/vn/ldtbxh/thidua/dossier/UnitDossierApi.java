package vn.ldtbxh.thidua.dossier;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ldtbxh.thidua.api.CurrentUser;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.dossier.DossierRepository.DossierRef;

/**
 * The read API behind Tasklist's "Hồ sơ của đơn vị" view and its "Văn bản đính kèm" tab: a unit's
 * dossiers (its own staff, the observers), one dossier, and the dossier a task belongs to.
 */
@RestController
@RequestMapping("/api")
public class UnitDossierApi {

  private final UnitDossiers dossiers;
  private final DossierRepository repository;
  private final DossierAccess access;
  private final OpenSteps steps;

  public UnitDossierApi(
      UnitDossiers dossiers, DossierRepository repository, DossierAccess access, OpenSteps steps) {
    this.dossiers = dossiers;
    this.repository = repository;
    this.access = access;
    this.steps = steps;
  }

  /** Every report and nomination of the unit, open or ended. */
  @Operation(
      summary =
          "Hồ sơ của đơn vị: mọi báo cáo và hồ sơ đề nghị khen thưởng, đang xử lý hay đã kết thúc",
      description =
          "Bước hiện tại, hạn, kết quả, ý kiến thẩm định, văn bản và việc người gọi được làm (rút hồ sơ, "
              + "mở lại báo cáo, đính kèm). Cán bộ của đơn vị và các phòng, Ban Giám đốc, lãnh đạo theo dõi; 403 với "
              + "người khác, 404 khi không có đơn vị.")
  @GetMapping("/units/{unitCode}/dossiers")
  public List<UnitDossier> ofUnit(@PathVariable String unitCode, HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    access.requireUnitReadable(user, unitCode);
    return dossiers.ofUnit(unitCode, user);
  }

  /** One report ({@code report}) or nomination ({@code nomination}) by its business key. */
  @Operation(
      summary =
          "Một hồ sơ: báo cáo (report) hoặc hồ sơ đề nghị khen thưởng (nomination) theo mã hồ sơ")
  @GetMapping("/dossiers/{kind}/{key}")
  public UnitDossier one(
      @PathVariable String kind, @PathVariable String key, HttpServletRequest request) {
    return dossiers.one(DossierKind.ofPath(kind), key, CurrentUser.of(request));
  }

  /** The report or nomination a task belongs to (the task tab "Văn bản đính kèm"). */
  @Operation(
      summary = "Hồ sơ của một công việc trên Tasklist (thẻ \"Văn bản đính kèm\")",
      description =
          "404 khi công việc không còn hoặc không thuộc báo cáo hay hồ sơ đề nghị khen thưởng nào.")
  @GetMapping("/tasks/{taskId}/dossier")
  public UnitDossier ofTask(@PathVariable String taskId, HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    Task task = steps.task(taskId);
    if (task == null) {
      throw ThiduaException.notFound(
          "Không có công việc \"%s\": công việc có thể đã hoàn thành.".formatted(taskId));
    }
    DossierRef dossier =
        (task.getProcessInstanceId() == null
            ? null
            : repository.byProcessInstance(task.getProcessInstanceId()).orElse(null));
    if (dossier == null) {
      throw ThiduaException.notFound(
          "Công việc này không thuộc báo cáo kết quả hay hồ sơ đề nghị khen thưởng nào.");
    }
    access.requireReadable(user, dossier.kind(), dossier.unitCode(), dossier.businessKey());
    return dossiers.one(dossier.kind(), dossier.businessKey(), user);
  }
}
