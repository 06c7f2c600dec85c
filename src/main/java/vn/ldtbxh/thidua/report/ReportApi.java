package vn.ldtbxh.thidua.report;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ldtbxh.thidua.api.CurrentUser;

/** Unit reports through the application's API: social protection reopens an accepted report. */
@RestController
@RequestMapping("/api/reports")
public class ReportApi {

  private final ReportReopening reopening;
  private final UnitReportRepository reports;

  public ReportApi(ReportReopening reopening, UnitReportRepository reports) {
    this.reopening = reopening;
    this.reports = reports;
  }

  /**
   * Reopens an accepted report while the round's summary is not approved: {@code {"reason":
   * "..."}}. The report goes back to the unit's revision task, with the reason as the review
   * comment.
   */
  @PostMapping("/{businessKey}/reopen")
  public Map<String, Object> reopen(
      @PathVariable String businessKey,
      @RequestBody(required = false) Map<String, Object> body,
      HttpServletRequest request) {
    ProcessInstance instance =
        reopening.reopen(
            businessKey, CurrentUser.of(request), body == null ? null : body.get("reason"));
    UnitReport report = reports.findByBusinessKey(businessKey).orElseThrow();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("report", report);
    answer.put("status", report.status().vietnamese());
    answer.put("processInstanceId", instance.getId());
    return answer;
  }
}
