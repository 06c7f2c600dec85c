package vn.ldtbxh.thidua.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.junit.jupiter.api.Test;

/** The engine's commands still carry what a user sent where {@link Submission} reads it. */
class SubmissionTest {

  private static final Map<String, Object> SENT = Map.of("unitCode", "binhlong");

  @Test
  void readsTheTaskAndTheVariablesOfEveryWayATaskEnds() {
    assertTask(Submission.of(new CompleteTaskCmd("t1", SENT)), Submission.Kind.COMPLETE);
    assertTask(Submission.of(new ResolveTaskCmd("t1", SENT)), Submission.Kind.RESOLVE);
    assertTask(
        Submission.of(new SubmitTaskFormCmd("t1", SENT, false, false)),
        Submission.Kind.SUBMIT_FORM);
    assertTask(
        Submission.of(new HandleTaskBpmnErrorCmd("t1", "E", "m", SENT)),
        Submission.Kind.BPMN_ERROR);
    assertTask(
        Submission.of(new HandleTaskEscalationCmd("t1", "E", SENT)), Submission.Kind.ESCALATION);
  }

  @Test
  void readsTheProcessTheVariablesAndTheInstructionsOfEveryStart() {
    ProcessInstantiationBuilderImpl plain = builder();
    plain.setVariables(SENT);
    Submission start = Submission.of(new StartProcessInstanceCmd(plain));
    assertThat(start.processDefinitionKey()).isEqualTo("p");
    assertThat(start.variables()).containsAllEntriesOf(SENT);
    assertThat(start.instructions()).isFalse();
    assertThat(start.skipping()).isFalse();

    ProcessInstantiationBuilderImpl instructed = builder();
    instructed.startBeforeActivity("signDecision");
    instructed.getModificationBuilder().setSkipCustomListeners(true);
    Submission repair = Submission.of(new StartProcessInstanceAtActivitiesCmd(instructed));
    assertThat(repair.instructions()).isTrue();
    assertThat(repair.skipping()).isTrue();

    Submission form = Submission.of(new SubmitStartFormCmd("def-1", "bk", SENT));
    assertThat(form.kind()).isEqualTo(Submission.Kind.START_FORM);
    assertThat(form.processDefinitionId()).isEqualTo("def-1");
    assertThat(form.variables()).containsAllEntriesOf(SENT);
  }

  @Test
  void otherCommandsCarryNoSubmission() {
    assertThat(Submission.of(new GetTaskVariableCmd("t1", "x", false))).isNull();
  }

  private static ProcessInstantiationBuilderImpl builder() {
    return (ProcessInstantiationBuilderImpl)
        ProcessInstantiationBuilderImpl.createProcessInstanceByKey(null, "p");
  }

  private static void assertTask(Submission submission, Submission.Kind kind) {
    assertThat(submission.kind()).isEqualTo(kind);
    assertThat(submission.taskId()).isEqualTo("t1");
    assertThat(submission.variables()).containsAllEntriesOf(SENT);
  }
}
