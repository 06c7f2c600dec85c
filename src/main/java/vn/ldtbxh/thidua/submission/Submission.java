package vn.ldtbxh.thidua.submission;

import java.lang.reflect.Field;
import java.util.Map;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * What a user sends to the engine with a command that completes a task or starts a process, read
 * from the command before it runs: a task listener later sees the submitted variables merged with
 * the stored ones. The engine keeps them in protected fields of its commands; {@code
 * SubmissionTest} checks they are there.
 */
record Submission(
    Kind kind,
    String taskId,
    String processDefinitionId,
    String processDefinitionKey,
    Map<String, Object> variables,
    boolean instructions,
    boolean skipping) {

  /** The ways a task ends or a process starts through the engine's API. */
  enum Kind {
    COMPLETE("complete"),
    SUBMIT_FORM("submit-form"),
    RESOLVE("resolve"),
    BPMN_ERROR("bpmnError"),
    ESCALATION("bpmnEscalation"),
    START("start"),
    START_FORM("submit-form");

    final String rest;

    Kind(String rest) {
      this.rest = rest;
    }

    boolean endsTask() {
      return this != START && this != START_FORM;
    }

    boolean throwsEvent() {
      return this == BPMN_ERROR || this == ESCALATION;
    }
  }

  /** The submission a command carries, or null for any other command. */
  @SuppressWarnings("unchecked")
  static Submission of(Command<?> command) {
    if (command instanceof CompleteTaskCmd) {
      Kind kind = command instanceof ResolveTaskCmd ? Kind.RESOLVE : Kind.COMPLETE;
      return task(kind, command, (Map<String, Object>) field(command, "variables"));
    }
    if (command instanceof SubmitTaskFormCmd) {
      return task(Kind.SUBMIT_FORM, command, (Map<String, Object>) field(command, "properties"));
    }
    if (command instanceof HandleTaskBpmnErrorCmd) {
      return task(Kind.BPMN_ERROR, command, (Map<String, Object>) field(command, "variables"));
    }
    if (command instanceof HandleTaskEscalationCmd) {
      return task(Kind.ESCALATION, command, (Map<String, Object>) field(command, "variables"));
    }
    if (command instanceof StartProcessInstanceCmd
        || command instanceof StartProcessInstanceAtActivitiesCmd) {
      ProcessInstantiationBuilderImpl builder =
          (ProcessInstantiationBuilderImpl) field(command, "instantiationBuilder");
      ProcessInstanceModificationBuilderImpl modification = builder.getModificationBuilder();
      return new Submission(
          Kind.START,
          null,
          builder.getProcessDefinitionId(),
          builder.getProcessDefinitionKey(),
          builder.getVariables(),
          !modification.getModificationOperations().isEmpty(),
          modification.isSkipCustomListeners() || modification.isSkipIoMappings());
    }
    if (command instanceof SubmitStartFormCmd) {
      return new Submission(
          Kind.START_FORM,
          null,
          (String) field(command, "processDefinitionId"),
          null,
          (Map<String, Object>) field(command, "variables"),
          false,
          false);
    }
    return null;
  }

  private static Submission task(Kind kind, Command<?> command, Map<String, Object> variables) {
    return new Submission(
        kind, (String) field(command, "taskId"), null, null, variables, false, false);
  }

  static Object field(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(command);
      } catch (NoSuchFieldException e) {
        // declared higher up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(
            "Cannot read " + name + " of " + command.getClass().getName(), e);
      }
    }
    throw new IllegalStateException(
        command.getClass().getName()
            + " has no field "
            + name
            + ": the engine changed; see Submission");
  }
}
