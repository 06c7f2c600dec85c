package vn.ldtbxh.thidua.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import vn.ldtbxh.thidua.common.ThiduaException;

/** The forms are the contracts of their steps: what they let a user send, what they only show. */
class FormContractsTest {

  private final FormContracts forms = new FormContracts();

  @Test
  void everyFormOfTheApplicationHasItsContract() {
    assertThat(forms.all())
        .containsKeys(
            "startRound",
            "startNomination",
            "prepareDistrictReport",
            "prepareUnitReport",
            "reviseDistrictReport",
            "reviseUnitReport",
            "reviewReport",
            "compileResults",
            "approveSummary",
            "verifyAchievements",
            "reviseAchievements",
            "checkDossier",
            "completeDossier",
            "councilVote",
            "signDecision",
            "submitToProvince",
            "recordProvincialDecision");
    assertThat(forms.of("prepareDistrictReport").orElseThrow().inputs())
        .contains("householdsTotal", "poorEnd", "summary")
        .doesNotContain("unitCode", "roundKey");
    assertThat(forms.of("startNomination").orElseThrow().inputs())
        .contains("roundKey", "unitCode", "awardForm");
    assertThat(forms.of("councilVote").orElseThrow().inputs())
        .doesNotContain("awardForm", "authority");
    assertThat(forms.of("reviewReport").orElseThrow().shown()).contains("changesText");
  }

  @Test
  void aVariableOutsideTheFormIsRefusedByName() {
    FormContract vote = forms.of("councilVote").orElseThrow();
    Map<String, Object> sent =
        new HashMap<>(Map.of("votesFor", 9, "awardForm", "CO_THI_DUA_UBND_TINH", "authority", "X"));
    assertThatThrownBy(() -> SubmissionGuard.accept(vote, sent, null, "\"Biểu quyết\""))
        .isInstanceOfSatisfying(
            ThiduaException.class,
            refusal -> {
              assertThat(refusal.status()).isEqualTo(400);
              assertThat(refusal.getMessage())
                  .contains("\"authority\", \"awardForm\"", "\"Biểu quyết\"", "membersTotal");
            });
    assertThat(sent).containsKeys("awardForm", "authority");
  }

  @Test
  void aShownFieldSentUnchangedIsNotWrittenAndChangedIsRefused() {
    FormContract contract =
        new FormContract("f", Set.of("reviewOutcome"), Set.of("changesText", "poorEnd"));
    var stored =
        Variables.createVariables()
            .putValue("changesText", "Lần gửi đầu tiên.")
            .putValue("poorEnd", 940L);
    Map<String, Object> same =
        new HashMap<>(
            Map.of(
                "reviewOutcome", "APPROVED", "changesText", "Lần gửi đầu tiên.", "poorEnd", 940));
    SubmissionGuard.accept(contract, same, stored::get, "\"Thẩm định\"");
    assertThat(same).containsOnlyKeys("reviewOutcome");

    Map<String, Object> changed = new HashMap<>(Map.of("reviewOutcome", "APPROVED", "poorEnd", 10));
    assertThatThrownBy(
            () -> SubmissionGuard.accept(contract, changed, stored::get, "\"Thẩm định\""))
        .isInstanceOfSatisfying(
            ThiduaException.class,
            refusal -> assertThat(refusal.getMessage()).contains("\"poorEnd\"", "chỉ để xem"));
  }
}
