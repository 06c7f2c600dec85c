package vn.ldtbxh.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kiểm thử bảng quyết định {@code award-rules} (bpmn/award-rules.dmn): điều kiện, thẩm quyền và
 * ngưỡng biểu quyết khen thưởng. Mỗi quy tắc có một kiểm thử kiểm tra đủ mọi đầu ra.
 */
class AwardRulesTest {

  private static final String DMN_PATH = "bpmn/award-rules.dmn";
  private static final String DECISION_KEY = "award-rules";
  private static final String CAMUNDA_DMN_NS = "http://camunda.org/schema/1.0/dmn";
  private static final String DMNDI_NS = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
  private static final String DMN13_NS = "https://www.omg.org/spec/DMN/20191111/MODEL/";

  private static final String DOCS_DIRECTOR =
      "Tờ trình đề nghị của đơn vị; Biên bản họp xét thi đua của đơn vị; Báo cáo thành tích";
  private static final String DOCS_PROVINCE =
      "Tờ trình đề nghị của đơn vị; Biên bản họp xét thi đua của đơn vị; "
          + "Báo cáo thành tích có xác nhận của cấp trình khen; "
          + "Biên bản họp Hội đồng Thi đua - Khen thưởng Sở";
  private static final String DOCS_PRIME_MINISTER =
      DOCS_PROVINCE
          + "; Tờ trình của UBND tỉnh đề nghị Thủ tướng Chính phủ (theo Quyết định 1258/QĐ-TTg)";

  private static final List<String> OUTPUTS =
      List.of(
          "eligible",
          "ineligibleReason",
          "authority",
          "thresholdNumerator",
          "thresholdDenominator",
          "thresholdComparison",
          "requiredDocuments",
          "awardFormName");

  private static DmnEngine dmnEngine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws IOException {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = new FileInputStream(DMN_PATH)) {
      decision = dmnEngine.parseDecision(DECISION_KEY, in);
    }
  }

  private static DmnDecisionTableResult evaluate(
      Boolean underDisciplinaryReview, String awardForm, String nomineeKind, String roundType) {
    return dmnEngine.evaluateDecisionTable(
        decision,
        Variables.createVariables()
            .putValue("underDisciplinaryReview", underDisciplinaryReview)
            .putValue("awardForm", awardForm)
            .putValue("nomineeKind", nomineeKind)
            .putValue("roundType", roundType));
  }

  private static DmnDecisionRuleResult single(
      Boolean underDisciplinaryReview, String awardForm, String nomineeKind, String roundType) {
    DmnDecisionTableResult result =
        evaluate(underDisciplinaryReview, awardForm, nomineeKind, roundType);
    assertThat(result).hasSize(1);
    DmnDecisionRuleResult entries = result.getSingleResult();
    assertThat(entries.keySet()).containsExactlyInAnyOrderElementsOf(OUTPUTS);
    return entries;
  }

  private static void assertEligible(
      DmnDecisionRuleResult r,
      String authority,
      int numerator,
      int denominator,
      String comparison,
      String documents,
      String formName) {
    assertThat(r.<Boolean>getEntry("eligible")).isTrue();
    assertThat(r.<String>getEntry("ineligibleReason")).isNull();
    assertThat(r.<String>getEntry("authority")).isEqualTo(authority);
    assertThat(r.get("thresholdNumerator")).isInstanceOf(Integer.class).isEqualTo(numerator);
    assertThat(r.get("thresholdDenominator")).isInstanceOf(Integer.class).isEqualTo(denominator);
    assertThat(r.<String>getEntry("thresholdComparison")).isEqualTo(comparison);
    assertThat(r.<String>getEntry("requiredDocuments")).isEqualTo(documents);
    assertThat(r.<String>getEntry("awardFormName")).isEqualTo(formName);
  }

  private static void assertIneligible(DmnDecisionRuleResult r, String reason, String formName) {
    assertThat(r.<Boolean>getEntry("eligible")).isFalse();
    assertThat(r.<String>getEntry("ineligibleReason")).isEqualTo(reason);
    assertThat(r.<String>getEntry("authority")).isNull();
    assertThat(r.<Integer>getEntry("thresholdNumerator")).isNull();
    assertThat(r.<Integer>getEntry("thresholdDenominator")).isNull();
    assertThat(r.<String>getEntry("thresholdComparison")).isNull();
    assertThat(r.<String>getEntry("requiredDocuments")).isNull();
    assertThat(r.<String>getEntry("awardFormName")).isEqualTo(formName);
  }

  // Quy tắc 1: đang bị xem xét kỷ luật.
  @Test
  void rule1_underDisciplinaryReviewIsIneligible() {
    DmnDecisionRuleResult r = single(true, "BANG_KHEN_UBND_TINH", "INDIVIDUAL", "FINAL");
    assertIneligible(
        r,
        "Đối tượng đang trong thời gian bị xem xét kỷ luật nên không đủ điều kiện đề nghị khen thưởng.",
        null);
  }

  @ParameterizedTest
  @CsvSource({
    "GIAY_KHEN_GIAM_DOC, COLLECTIVE, ANNUAL",
    "GIAY_KHEN_GIAM_DOC, INDIVIDUAL, FINAL",
    "BANG_KHEN_UBND_TINH, INDIVIDUAL, FINAL",
    "BANG_KHEN_UBND_TINH, COLLECTIVE, ANNUAL",
    "CO_THI_DUA_UBND_TINH, COLLECTIVE, FINAL",
    "CO_THI_DUA_UBND_TINH, INDIVIDUAL, ANNUAL",
    "BANG_KHEN_THU_TUONG, COLLECTIVE, FINAL",
    "BANG_KHEN_THU_TUONG, INDIVIDUAL, ANNUAL",
    "UNKNOWN_FORM, INDIVIDUAL, FINAL"
  })
  void rule1_winsOverEveryForm(String awardForm, String nomineeKind, String roundType) {
    DmnDecisionRuleResult r = single(true, awardForm, nomineeKind, roundType);
    assertIneligible(
        r,
        "Đối tượng đang trong thời gian bị xem xét kỷ luật nên không đủ điều kiện đề nghị khen thưởng.",
        null);
  }

  @Test
  void rule1_disciplinaryReviewBeatsDirectorCertificate() {
    DmnDecisionRuleResult r = single(true, "GIAY_KHEN_GIAM_DOC", "INDIVIDUAL", "ANNUAL");
    assertThat(r.<Boolean>getEntry("eligible")).isFalse();
    assertThat(r.<String>getEntry("authority")).isNull();
  }

  // Quy tắc 2: Giấy khen của Giám đốc Sở, mọi đối tượng, mọi loại đợt.
  @ParameterizedTest
  @CsvSource({"COLLECTIVE, ANNUAL", "COLLECTIVE, FINAL", "INDIVIDUAL, ANNUAL", "INDIVIDUAL, FINAL"})
  void rule2_directorCertificate(String nomineeKind, String roundType) {
    DmnDecisionRuleResult r = single(false, "GIAY_KHEN_GIAM_DOC", nomineeKind, roundType);
    assertEligible(r, "DIRECTOR", 1, 2, ">", DOCS_DIRECTOR, "Giấy khen của Giám đốc Sở");
  }

  // Quy tắc 3: Bằng khen của Chủ tịch UBND tỉnh, đợt tổng kết.
  @ParameterizedTest
  @CsvSource({"COLLECTIVE", "INDIVIDUAL"})
  void rule3_provincialMeritFinal(String nomineeKind) {
    DmnDecisionRuleResult r = single(false, "BANG_KHEN_UBND_TINH", nomineeKind, "FINAL");
    assertEligible(r, "PROVINCE", 7, 10, ">=", DOCS_PROVINCE, "Bằng khen của Chủ tịch UBND tỉnh");
  }

  // Quy tắc 4: Bằng khen của Chủ tịch UBND tỉnh, đợt hằng năm.
  @ParameterizedTest
  @CsvSource({"COLLECTIVE", "INDIVIDUAL"})
  void rule4_provincialMeritAnnualIsIneligible(String nomineeKind) {
    DmnDecisionRuleResult r = single(false, "BANG_KHEN_UBND_TINH", nomineeKind, "ANNUAL");
    assertIneligible(
        r,
        "Bằng khen của Chủ tịch UBND tỉnh chỉ được đề nghị trong đợt tổng kết phong trào.",
        "Bằng khen của Chủ tịch UBND tỉnh");
  }

  // Quy tắc 5: Cờ thi đua của UBND tỉnh, tập thể, đợt tổng kết.
  @Test
  void rule5_provincialFlagCollectiveFinal() {
    DmnDecisionRuleResult r = single(false, "CO_THI_DUA_UBND_TINH", "COLLECTIVE", "FINAL");
    assertEligible(r, "PROVINCE", 7, 10, ">=", DOCS_PROVINCE, "Cờ thi đua của UBND tỉnh");
  }

  // Quy tắc 6: Cờ thi đua của UBND tỉnh không tặng cho cá nhân (mọi loại đợt).
  @ParameterizedTest
  @CsvSource({"ANNUAL", "FINAL"})
  void rule6_provincialFlagIndividualIsIneligible(String roundType) {
    DmnDecisionRuleResult r = single(false, "CO_THI_DUA_UBND_TINH", "INDIVIDUAL", roundType);
    assertIneligible(
        r,
        "Cờ thi đua của UBND tỉnh chỉ tặng cho tập thể, không tặng cho cá nhân.",
        "Cờ thi đua của UBND tỉnh");
  }

  // Quy tắc 7: Cờ thi đua của UBND tỉnh, tập thể, đợt hằng năm.
  @Test
  void rule7_provincialFlagCollectiveAnnualIsIneligible() {
    DmnDecisionRuleResult r = single(false, "CO_THI_DUA_UBND_TINH", "COLLECTIVE", "ANNUAL");
    assertIneligible(
        r,
        "Cờ thi đua của UBND tỉnh chỉ được đề nghị trong đợt tổng kết phong trào.",
        "Cờ thi đua của UBND tỉnh");
  }

  // Quy tắc 8: Bằng khen của Thủ tướng Chính phủ, đợt tổng kết.
  @ParameterizedTest
  @CsvSource({"COLLECTIVE", "INDIVIDUAL"})
  void rule8_primeMinisterMeritFinal(String nomineeKind) {
    DmnDecisionRuleResult r = single(false, "BANG_KHEN_THU_TUONG", nomineeKind, "FINAL");
    assertEligible(
        r, "PRIME_MINISTER", 7, 10, ">=", DOCS_PRIME_MINISTER, "Bằng khen của Thủ tướng Chính phủ");
  }

  // Quy tắc 9: Bằng khen của Thủ tướng Chính phủ, đợt hằng năm.
  @ParameterizedTest
  @CsvSource({"COLLECTIVE", "INDIVIDUAL"})
  void rule9_primeMinisterMeritAnnualIsIneligible(String nomineeKind) {
    DmnDecisionRuleResult r = single(false, "BANG_KHEN_THU_TUONG", nomineeKind, "ANNUAL");
    assertIneligible(
        r,
        "Bằng khen của Thủ tướng Chính phủ chỉ được đề nghị trong đợt tổng kết phong trào.",
        "Bằng khen của Thủ tướng Chính phủ");
  }

  @Test
  void unknownAwardFormGivesEmptyResult() {
    DmnDecisionTableResult result = evaluate(false, "HUAN_CHUONG_LAO_DONG", "INDIVIDUAL", "FINAL");
    assertThat(result).isEmpty();
    assertThat(result.getSingleResult()).isNull();
  }

  @Test
  void decisionKeyIsAwardRules() {
    assertThat(decision.getKey()).isEqualTo(DECISION_KEY);
    assertThat(decision.isDecisionTable()).isTrue();
    assertThat(decision.getName())
        .isEqualTo("Điều kiện, thẩm quyền và ngưỡng biểu quyết khen thưởng");
  }

  @Test
  void modelHasHistoryTimeToLiveFirstHitPolicyAndDiagramShape() throws IOException {
    DmnModelInstance model;
    try (InputStream in = new FileInputStream(DMN_PATH)) {
      model = Dmn.readModelFromStream(in);
    }

    assertThat(model.getDefinitions().getId()).isEqualTo("awardRulesDefinitions");
    assertThat(model.getDefinitions().getName()).isEqualTo("Quy tắc khen thưởng");
    assertThat(model.getDefinitions().getDomElement().getNamespaceURI()).isEqualTo(DMN13_NS);

    Decision modelDecision = model.getModelElementById(DECISION_KEY);
    assertThat(modelDecision).isNotNull();
    String ttl = modelDecision.getAttributeValueNs(CAMUNDA_DMN_NS, "historyTimeToLive");
    assertThat(ttl).isEqualTo("1825");
    assertThat(Integer.parseInt(ttl)).isEqualTo(1825);
    assertThat(modelDecision.getCamundaHistoryTimeToLiveString()).isEqualTo("1825");

    DecisionTable table = (DecisionTable) modelDecision.getExpression();
    assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
    assertThat(table.getInputs()).hasSize(4);
    assertThat(table.getOutputs()).hasSize(8);
    assertThat(table.getRules()).hasSize(9);
    assertThat(table.getRules()).allSatisfy(rule -> assertThat(rule.getDescription()).isNotNull());

    DomElement shape = findDecisionShape(model);
    assertThat(shape).as("dmndi:DMNShape của quyết định award-rules").isNotNull();
    DomElement bounds =
        shape.getChildElementsByNameNs("http://www.omg.org/spec/DMN/20180521/DC/", "Bounds").get(0);
    assertThat(
            Map.of(
                "x", bounds.getAttribute("x"),
                "y", bounds.getAttribute("y"),
                "width", bounds.getAttribute("width"),
                "height", bounds.getAttribute("height")))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("x", "160", "y", "100", "width", "180", "height", "80"));
  }

  private static DomElement findDecisionShape(DmnModelInstance model) {
    DomElement root = model.getDocument().getRootElement();
    for (DomElement dmndi : root.getChildElementsByNameNs(DMNDI_NS, "DMNDI")) {
      for (DomElement diagram : dmndi.getChildElementsByNameNs(DMNDI_NS, "DMNDiagram")) {
        for (DomElement shape : diagram.getChildElementsByNameNs(DMNDI_NS, "DMNShape")) {
          if (DECISION_KEY.equals(shape.getAttribute("dmnElementRef"))) {
            return shape;
          }
        }
      }
    }
    return null;
  }
}
