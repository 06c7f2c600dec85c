package vn.ldtbxh.thidua.submission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.dossier.DossierRepository;
import vn.ldtbxh.thidua.organization.Unit;
import vn.ldtbxh.thidua.organization.UnitSuccession;
import vn.ldtbxh.thidua.security.AccessRules;
import vn.ldtbxh.thidua.security.AccessRules.FileUnit;
import vn.ldtbxh.thidua.security.AccessRules.Role;
import vn.ldtbxh.thidua.security.AccessRules.Worker;

/**
 * Every completion of a task and every start of the application's processes, whichever API it came
 * through ({@code /engine-rest}, {@code /engine-rest/engine/{name}}, the webapps' {@code
 * /camunda/api/engine}, Java):
 *
 * <ul>
 *   <li>the user must hold the step's role ({@link AccessRules}): the unit's own staff for its
 *       report or nomination, as the application's tables record it; {@code camunda-admin} acts in
 *       no role;
 *   <li>the variables must be the fields of the step's form: a field the form only shows may be
 *       sent unchanged and is not written; any other variable is refused, naming it;
 *   <li>a task ends only through its form: no {@code bpmnError} or {@code bpmnEscalation};
 *   <li>a start with start instructions or skipping listeners is an administrator's repair, nobody
 *       else's.
 * </ul>
 *
 * It runs inside the command's context and transaction, before the command: a refusal changes
 * nothing. Calls without an authenticated user (the application itself, jobs) are held to the forms
 * but not to roles.
 */
public class SubmissionGuard extends CommandInterceptor {

  private final FormContracts forms;
  private final DossierRepository dossiers;
  private final SubmissionLog log;
  private final UnitSuccession succession;

  public SubmissionGuard(
      FormContracts forms,
      DossierRepository dossiers,
      SubmissionLog log,
      UnitSuccession succession) {
    this.succession = succession;
    this.forms = forms;
    this.dossiers = dossiers;
    this.log = log;
  }

  @Override
  public <T> T execute(Command<T> command) {
    Submission submission = Submission.of(command);
    if (submission != null) {
      CommandContext context = Context.getCommandContext();
      if (submission.kind().endsTask()) {
        checkTask(context, submission);
      } else {
        checkStart(context, submission);
      }
    }
    return next.execute(command);
  }

  private void checkTask(CommandContext context, Submission submission) {
    TaskEntity task = context.getTaskManager().findTaskById(submission.taskId());
    if (task == null || task.getProcessDefinitionId() == null) {
      return; // the command itself answers: no such task, or a task of no process
    }
    ProcessDefinitionEntity definition =
        cache(context).findDeployedProcessDefinitionById(task.getProcessDefinitionId());
    if (!AccessRules.governs(definition.getKey())) {
      return;
    }
    String step = "\"%s\"".formatted(task.getName());
    Worker worker =
        AccessRules.taskWorker(definition.getKey(), task.getTaskDefinitionKey())
            .orElseThrow(
                () ->
                    ThiduaException.forbidden(
                        "Công việc %s chưa được phân công cho vai trò nào.".formatted(step)));
    Authentication user = context.getAuthentication();
    if (user != null) {
      requireWorker(user, worker, task.getProcessInstanceId(), step);
    }
    if (submission.kind().throwsEvent()) {
      throw ThiduaException.invalid(
          ("Công việc %s chỉ kết thúc bằng biểu mẫu của nó (complete hoặc submit-form), "
                  + "không bằng %s.")
              .formatted(step, submission.kind().rest));
    }
    task.initializeFormKey();
    CamundaFormRef form = task.getCamundaFormRef();
    FormContract contract = contract(form == null ? null : form.getKey());
    accept(contract, submission.variables(), task::getVariable, step);
    log.record(
        task,
        submission.kind().rest,
        user == null ? null : user.getUserId(),
        submission.variables());
  }

  private void checkStart(CommandContext context, Submission submission) {
    ProcessDefinitionEntity definition =
        submission.processDefinitionId() != null
            ? cache(context).findDeployedProcessDefinitionById(submission.processDefinitionId())
            : cache(context)
                .findDeployedLatestProcessDefinitionByKey(submission.processDefinitionKey());
    if (definition == null || !AccessRules.governs(definition.getKey())) {
      return;
    }
    Authentication user = context.getAuthentication();
    if (user == null) {
      return; // the application starts its own processes
    }
    boolean admin = AccessRules.isAdministrator(groups(user));
    String process = "\"%s\"".formatted(definition.getName());
    if (submission.instructions() || submission.skipping()) {
      if (!admin) {
        throw ThiduaException.forbidden(
            ("Chỉ quản trị hệ thống được bắt đầu quy trình %s từ một bước giữa chừng hoặc "
                    + "bỏ qua các bước xử lý (startInstructions, skipCustomListeners, skipIoMappings).")
                .formatted(process));
      }
      return;
    }
    Set<Worker> starters = AccessRules.starters(definition.getKey());
    if (starters.isEmpty()) {
      throw ThiduaException.forbidden(
          ("Quy trình %s không được bắt đầu trực tiếp: nó được mở từ đợt thi đua.")
              .formatted(process));
    }
    if (starters.stream().noneMatch(worker -> holds(user, worker, null))) {
      throw ThiduaException.forbidden(
          "Bạn không có vai trò được bắt đầu quy trình %s (%s)."
              .formatted(process, describe(starters)));
    }
    FormDefinition start = definition.getStartFormDefinition();
    String formId =
        start == null || start.getCamundaFormDefinitionKey() == null
            ? null
            : start.getCamundaFormDefinitionKey().getExpressionText();
    accept(contract(formId), submission.variables(), null, process);
  }

  private FormContract contract(String formId) {
    return formId == null
        ? new FormContract(null, Set.of(), Set.of())
        : forms
            .of(formId)
            .orElseThrow(() -> new IllegalStateException("No contract for form " + formId));
  }

  /**
   * Refuses any variable outside the form; removes the fields it only shows, once they equal the
   * stored value.
   */
  static void accept(
      FormContract contract,
      Map<String, Object> variables,
      Function<String, Object> stored,
      String step) {
    if (variables == null || variables.isEmpty()) {
      return;
    }
    Set<String> unknown = new TreeSet<>();
    List<String> shownAsSent = new ArrayList<>();
    for (Map.Entry<String, Object> variable : variables.entrySet()) {
      String name = variable.getKey();
      if (contract.inputs().contains(name)) {
        continue;
      }
      if (contract.shown().contains(name)
          && stored != null
          && sameValue(variable.getValue(), stored.apply(name))) {
        shownAsSent.add(name);
      } else if (contract.shown().contains(name)) {
        throw ThiduaException.invalid(
            "Trường \"%s\" của %s chỉ để xem, không sửa được khi hoàn thành công việc."
                .formatted(name, step));
      } else {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      throw ThiduaException.invalid(
          "Không nhận %s %s: %s chỉ nhận các trường của biểu mẫu (%s)."
              .formatted(
                  unknown.size() == 1 ? "biến" : "các biến",
                  "\"" + String.join("\", \"", unknown) + "\"",
                  step,
                  contract.inputs().isEmpty()
                      ? "không có trường nào"
                      : String.join(", ", contract.inputs())));
    }
    shownAsSent.forEach(variables::remove);
  }

  private static boolean sameValue(Object sent, Object stored) {
    if (Objects.equals(sent, stored)) {
      return true;
    }
    if (sent instanceof Number a && stored instanceof Number b) {
      return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
    }
    return sent != null && stored != null && sent.toString().equals(stored.toString());
  }

  private void requireWorker(
      Authentication user, Worker worker, String processInstanceId, String step) {
    if (!holds(user, worker, processInstanceId)) {
      String who =
          worker instanceof Role role
              ? role.group().vietnameseName()
              : "cán bộ của đơn vị lập hồ sơ";
      throw ThiduaException.forbidden(
          "Công việc %s do %s thực hiện; tài khoản %s không thuộc vai trò này."
              .formatted(step, who, user.getUserId()));
    }
  }

  private boolean holds(Authentication user, Worker worker, String processInstanceId) {
    List<String> groups = groups(user);
    if (worker instanceof Role role) {
      return groups.contains(role.group().groupId());
    }
    if (worker instanceof FileUnit && processInstanceId == null) {
      return groups.stream().anyMatch(group -> group.startsWith(Unit.GROUP_PREFIX));
    }
    return dossiers
        .byProcessInstance(processInstanceId)
        .map(
            file ->
                succession.actingUnits(file.unitCode()).stream()
                    .anyMatch(unit -> AccessRules.isUnitStaff(groups, unit)))
        .orElse(false);
  }

  private static String describe(Set<Worker> workers) {
    List<String> names = new ArrayList<>();
    for (Worker worker : workers) {
      names.add(worker instanceof Role role ? role.group().vietnameseName() : "cán bộ các đơn vị");
    }
    names.sort(null);
    return String.join(", ", names);
  }

  private static List<String> groups(Authentication user) {
    return user.getGroupIds() == null ? List.of() : user.getGroupIds();
  }

  private static DeploymentCache cache(CommandContext context) {
    return context.getProcessEngineConfiguration().getDeploymentCache();
  }
}
