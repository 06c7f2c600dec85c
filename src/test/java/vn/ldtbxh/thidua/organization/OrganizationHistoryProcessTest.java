package vn.ldtbxh.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ldtbxh.thidua.ProcessTestSupport;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.document.AwardDocuments;
import vn.ldtbxh.thidua.document.TestDocuments;

/**
 * Organisations change: a document takes the names valid on its date, a renamed unit keeps its old
 * name before the date, and an ended unit's open work passes to the unit it merged into, whose
 * staff then complete it while others cannot.
 */
class OrganizationHistoryProcessTest extends ProcessTestSupport {

  static final String PLAN_179 = "vi-nguoi-ngheo-2018-2020";
  static final String OLD = "xa-thu-nghiem";

  @Autowired OrganizationNames names;
  @Autowired UnitRepository units;
  @Autowired UnitTakeover takeover;
  @Autowired AwardDocuments documents;
  @Autowired IdentityService identity;

  @AfterEach
  void removeWhatTheTestsRecorded() {
    identity.clearAuthentication();
    deleteAllRounds();
    jdbc.update("delete from organization_name where valid_from > date '1900-01-01'");
    jdbc.update("delete from notification where recipient = ?", "unit-" + OLD);
    jdbc.update("delete from movement_unit where unit_code = ?", OLD);
    jdbc.update("delete from unit_name where unit_code = ?", OLD);
    jdbc.update("update unit set successor = null where code = ?", OLD);
    jdbc.update("delete from unit where code = ?", OLD);
    jdbc.update("delete from catalogue_change where record_kind in ('UNIT', 'ORGANIZATION_NAME')");
  }

  @Test
  void aDocumentCarriesTheNamesValidOnItsDate() throws Exception {
    Instant now = Instant.parse("2025-08-01T02:00:00Z");
    names.add(
        OrganizationName.Kind.DEPARTMENT, "Sở Nội vụ", LocalDate.of(2025, 3, 1), "vanphong", now);
    names.add(
        OrganizationName.Kind.PROVINCE, "Đồng Nai", LocalDate.of(2025, 7, 1), "vanphong", now);
    names.add(OrganizationName.Kind.PLACE, "Đồng Nai", LocalDate.of(2025, 7, 1), "vanphong", now);

    String before = decision(LocalDate.of(2025, 2, 28));
    assertThat(before)
        .contains(
            "UBND TỈNH BÌNH PHƯỚC",
            "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
            "Bình Phước, ngày 28 tháng 02 năm 2025",
            "GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")
        .doesNotContain("ĐỒNG NAI", "NỘI VỤ");
    String between = decision(LocalDate.of(2025, 5, 5));
    assertThat(between).contains("UBND TỈNH BÌNH PHƯỚC", "GIÁM ĐỐC SỞ NỘI VỤ");
    String after = decision(LocalDate.of(2025, 7, 15));
    assertThat(after)
        .contains(
            "UBND TỈNH ĐỒNG NAI",
            "SỞ NỘI VỤ",
            "Đồng Nai, ngày 15 tháng 07 năm 2025",
            "Ủy ban nhân dân tỉnh Đồng Nai quy định chức năng")
        .doesNotContain("Bình Phước,");

    // a name already recorded from a date is never overwritten
    assertThatThrownBy(
            () ->
                names.add(
                    OrganizationName.Kind.DEPARTMENT,
                    "Sở Y tế",
                    LocalDate.of(2025, 3, 1),
                    "vanphong",
                    now))
        .isInstanceOf(ThiduaException.class)
        .hasMessageContaining("không ghi đè");
    assertThat(names.on(OrganizationName.Kind.DEPARTMENT, LocalDate.of(2025, 3, 1)))
        .contains("Sở Nội vụ");
  }

  private String decision(LocalDate date) throws Exception {
    byte[] docx =
        documents.decision(
            new AwardDocuments.Content(
                names.letterheadOn(date),
                TestDocuments.PLAN_179,
                "01/QĐ",
                date,
                "Giấy khen của Giám đốc Sở",
                "Vì người nghèo",
                2024,
                null,
                List.of(new AwardDocuments.Nominee("Cá nhân", "Trần Văn An", null, "Đơn vị", ""))));
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      return extractor.getText();
    }
  }

  @Test
  void aRenamedUnitKeepsItsOldNameBeforeTheDate() {
    setClock("2019-03-01T09:00");
    Instant now = Instant.now();
    createTheUnit(now);
    units.rename(
        OLD,
        "Phòng Văn hóa - Xã hội huyện Thử",
        LocalDate.of(2019, 1, 1),
        "vanphong",
        now,
        recorded -> {});
    assertThat(units.nameOn(OLD, LocalDate.of(2018, 12, 31)))
        .contains("Phòng Lao động - Thương binh và Xã hội huyện Thử");
    assertThat(units.nameOn(OLD, LocalDate.of(2019, 1, 1)))
        .contains("Phòng Văn hóa - Xã hội huyện Thử");
    assertThat(units.findByCode(OLD).orElseThrow().name())
        .isEqualTo("Phòng Văn hóa - Xã hội huyện Thử");
    assertThat(units.changes(OLD)).hasSize(2);
  }

  @Test
  void anEndedUnitsOpenWorkPassesToItsSuccessor() {
    setClock("2018-11-20T09:00");
    Instant now = Instant.now();
    createTheUnit(now);
    jdbc.update(
        "insert into movement_unit (movement_code, unit_code) values (?, ?)", PLAN_179, OLD);
    runtime.startProcessInstanceByKey(
        "emulation-round", vars("movement", PLAN_179, "year", 2018, "unitCodes", OLD + ",budang"));
    runDueJobs();
    ProcessInstance report =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey("2018-" + OLD)
            .singleResult();
    Task prepare = taskOf(report, "prepareReport");
    assertThat(candidates(prepare)).containsExactly("unit-" + OLD);

    // the unit merges into Bù Đăng from 1 December
    setClock("2018-12-03T09:00");
    units.end(OLD, LocalDate.of(2018, 12, 1), "budang", "vanphong", Instant.now(), r -> {});
    assertThat(takeover.takeOver(OLD)).isEqualTo(1);
    assertThat(candidates(prepare)).containsExactlyInAnyOrder("unit-" + OLD, "unit-budang");
    assertThat(units.findByCode(OLD).orElseThrow().active()).isFalse();

    // a stranger may not complete it; Bù Đăng's staff may
    identity.setAuthentication("canbo-locninh", List.of("unit-locninh"));
    assertThat(refusal(() -> tasks.complete(prepare.getId(), districtReport()))).isEqualTo(403);
    identity.setAuthentication("canbo-budang", List.of("unit-budang"));
    tasks.complete(prepare.getId(), districtReport());
    identity.setAuthentication("thamdinh2", List.of("social-protection"));
    tasks.complete(
        taskOf(report, "reviewReport").getId(),
        vars("reviewOutcome", "RETURNED", "reviewComment", "Bổ sung số hộ tái nghèo."));
    identity.clearAuthentication();
    runDueJobs();
    // the unit's notices reach Bù Đăng's staff
    assertThat(
            jdbc.queryForObject(
                "select recipients_count from notification where recipient = ? and kind ="
                    + " 'REPORT_RETURNED'",
                Integer.class,
                "unit-" + OLD))
        .isEqualTo(1);
    // a task the ended unit's process creates later is Bù Đăng's too
    assertThat(candidates(taskOf(report, "reviseReport")))
        .containsExactlyInAnyOrder("unit-" + OLD, "unit-budang");

    // what was issued keeps the unit's name; it cannot be called to a new round
    assertThat(
            jdbc.queryForObject(
                "select unit_name from unit_report where unit_code = ?", String.class, OLD))
        .isEqualTo("Phòng Lao động - Thương binh và Xã hội huyện Thử");
    identity.clearAuthentication();
    setClock("2019-11-20T09:00");
    assertThat(
            ThiduaException.findIn(
                    org.assertj.core.api.Assertions.catchThrowable(
                        () ->
                            runtime.startProcessInstanceByKey(
                                "emulation-round",
                                vars("movement", PLAN_179, "year", 2019, "unitCodes", OLD))))
                .getMessage())
        .contains("đã ngừng hoạt động");
  }

  /** The district unit the tests rename or end, from 1 January 2018. */
  private void createTheUnit(Instant now) {
    units.create(
        new Unit(
            OLD, "Phòng Lao động - Thương binh và Xã hội huyện Thử", UnitKind.DISTRICT, null, true),
        LocalDate.of(2018, 1, 1),
        "vanphong",
        now,
        () -> {});
  }

  private List<String> candidates(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .toList();
  }
}
