package vn.ldtbxh.thidua.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The revise forms are built from the prepare forms ({@link ReviseFormGenerator}, {@code
 * forms/revise-forms.json}): the forms on the classpath, those the application deploys, are the
 * generated ones, with every field of their prepare form, their own id and the reviewer's comment
 * first.
 */
class ReviseFormGeneratorTest {

  static final Path SOURCE = Path.of("forms");
  static final Map<String, String> PREPARE_OF =
      Map.of(
          "reviseUnitReport", "prepareUnitReport",
          "reviseDistrictReport", "prepareDistrictReport");
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theOverlayDescribesBothReviseForms() throws IOException {
    JsonNode overlay = JSON.readTree(SOURCE.resolve(ReviseFormGenerator.OVERLAY).toFile());
    Map<String, String> described = new LinkedHashMap<>();
    overlay
        .path("forms")
        .fields()
        .forEachRemaining(f -> described.put(f.getKey(), f.getValue().path("from").asText()));
    assertThat(described).isEqualTo(PREPARE_OF);
    for (String revise : PREPARE_OF.keySet()) {
      assertThat(SOURCE.resolve(revise + ".form"))
          .as("generated, not in the sources")
          .doesNotExist();
    }
  }

  @Test
  void everyFieldOfThePrepareFormIsInItsReviseForm() throws IOException {
    for (Map.Entry<String, String> pair : PREPARE_OF.entrySet()) {
      JsonNode revise = classpathForm(pair.getKey());
      JsonNode prepare = classpathForm(pair.getValue());
      Map<String, JsonNode> prepareFields = fields(prepare);
      assertThat(prepareFields).as(pair.getValue()).hasSizeGreaterThanOrEqualTo(5);
      assertThat(fields(revise)).as(pair.getKey()).isEqualTo(prepareFields);
    }
  }

  @Test
  void theReviseFormHasItsOwnIdAndTheReviewCommentFirst() throws IOException {
    for (Map.Entry<String, String> pair : PREPARE_OF.entrySet()) {
      JsonNode revise = classpathForm(pair.getKey());
      JsonNode prepare = classpathForm(pair.getValue());
      assertThat(revise.path("id").asText()).isEqualTo(pair.getKey());
      assertThat(prepare.path("id").asText()).isEqualTo(pair.getValue());

      JsonNode first = revise.path("components").path(0);
      assertThat(first.path("id").asText()).isEqualTo("Html_reviewComment");
      assertThat(first.path("type").asText()).isEqualTo("html");
      assertThat(first.path("content").asText())
          .contains(
              "Ý kiến của Phòng Bảo trợ xã hội khi trả lại báo cáo",
              "reviewComment",
              "reviseDueText");

      JsonNode header = revise.path("components").path(1);
      assertThat(header.path("id").asText()).isEqualTo("Text_header");
      String prepareHeader = prepare.path("components").path(0).path("text").asText();
      assertThat(prepareHeader).contains("**Hạn nộp báo cáo:** {{deadlineText}}");
      assertThat(header.path("text").asText())
          .startsWith(prepareHeader.replace("**Hạn nộp báo cáo:**", "**Hạn nộp báo cáo của đợt:**"))
          .endsWith(
              "đã nhập trước đây được điền sẵn; hãy bổ sung, chỉnh sửa theo ý kiến trên rồi gửi lại._");

      // the rest is the prepare form's, its layout rows included
      ArrayNode rest = revise.path("components").deepCopy();
      rest.remove(0);
      ((ObjectNode) rest.get(0)).put("text", prepareHeader);
      assertThat(rest).isEqualTo(prepare.path("components"));
      ObjectNode top = revise.deepCopy();
      top.remove(List.of("components", "id"));
      ObjectNode prepareTop = prepare.deepCopy();
      prepareTop.remove(List.of("components", "id"));
      assertThat(top).isEqualTo(prepareTop);
    }
  }

  /**
   * The build's revise forms are those of the current sources (not left over from an earlier
   * build).
   */
  @Test
  void theFormsOnTheClasspathAreTheGeneratedOnes() throws IOException {
    Map<String, byte[]> generated = ReviseFormGenerator.generate(SOURCE);
    assertThat(generated).containsOnlyKeys("reviseUnitReport.form", "reviseDistrictReport.form");
    for (Map.Entry<String, byte[]> form : generated.entrySet()) {
      assertThat(new String(classpathBytes(form.getKey()), StandardCharsets.UTF_8))
          .as(form.getKey())
          .isEqualTo(new String(form.getValue(), StandardCharsets.UTF_8));
    }
  }

  /**
   * The same sources give the same bytes, in the Modeler's layout: an unchanged form is not
   * deployed again.
   */
  @Test
  void theOutputIsDeterministicAndLaidOutLikeTheModeler() throws IOException {
    Map<String, byte[]> once = ReviseFormGenerator.generate(SOURCE);
    Map<String, byte[]> twice = ReviseFormGenerator.generate(SOURCE);
    once.forEach((name, bytes) -> assertThat(twice.get(name)).as(name).isEqualTo(bytes));
    for (String prepare : PREPARE_OF.values()) {
      byte[] file = Files.readAllBytes(SOURCE.resolve(prepare + ".form"));
      assertThat(new String(ReviseFormGenerator.write(JSON.readTree(file)), StandardCharsets.UTF_8))
          .isEqualTo(new String(file, StandardCharsets.UTF_8));
    }
  }

  @Test
  void aFieldAddedToThePrepareFormAppearsInTheReviseForm(@TempDir Path dir) throws IOException {
    copySources(dir);
    Path prepare = dir.resolve("prepareUnitReport.form");
    ObjectNode form = (ObjectNode) JSON.readTree(prepare.toFile());
    ObjectNode field =
        JSON.createObjectNode()
            .put("label", "Số người được hỗ trợ")
            .put("type", "number")
            .put("key", "peopleHelped")
            .put("id", "Field_peopleHelped");
    ((ArrayNode) form.path("components").path(1).path("components")).add(field);
    Files.write(prepare, ReviseFormGenerator.write(form));

    JsonNode revise = JSON.readTree(ReviseFormGenerator.generate(dir).get("reviseUnitReport.form"));
    assertThat(fields(revise)).containsEntry("peopleHelped", field).isEqualTo(fields(form));
  }

  @Test
  void aPhraseMissingFromThePrepareFormFailsTheBuild(@TempDir Path dir) throws IOException {
    copySources(dir);
    Path prepare = dir.resolve("prepareDistrictReport.form");
    Files.writeString(prepare, Files.readString(prepare).replace("Hạn nộp báo cáo:", "Hạn nộp:"));
    assertThatThrownBy(() -> ReviseFormGenerator.generate(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reviseDistrictReport")
        .hasMessageContaining("**Hạn nộp báo cáo:**");
  }

  @Test
  void aReviseFormAmongTheSourcesFailsTheBuild(@TempDir Path dir) throws IOException {
    copySources(dir);
    Files.copy(dir.resolve("prepareUnitReport.form"), dir.resolve("reviseUnitReport.form"));
    assertThatThrownBy(() -> ReviseFormGenerator.generate(dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("reviseUnitReport.form is generated from prepareUnitReport.form");
  }

  @Test
  void mainWritesTheFormsAndLeavesUnchangedOnesAlone(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    ReviseFormGenerator.main(new String[] {SOURCE.toString(), out.toString()});
    Path unit = out.resolve("reviseUnitReport.form");
    assertThat(Files.readAllBytes(unit))
        .isEqualTo(ReviseFormGenerator.generate(SOURCE).get("reviseUnitReport.form"));
    FileTime before = FileTime.fromMillis(Files.getLastModifiedTime(unit).toMillis() - 60_000);
    Files.setLastModifiedTime(unit, before);
    ReviseFormGenerator.main(new String[] {SOURCE.toString(), out.toString()});
    assertThat(Files.getLastModifiedTime(unit)).isEqualTo(before);
  }

  /** The fields of a form: its components with a key, nested ones included, by key. */
  static Map<String, JsonNode> fields(JsonNode form) {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    List<JsonNode> pending = new ArrayList<>();
    form.path("components").forEach(pending::add);
    while (!pending.isEmpty()) {
      JsonNode component = pending.remove(0);
      if (component.hasNonNull("key")) {
        fields.put(component.path("key").asText(), component);
      }
      List<JsonNode> nested = new ArrayList<>();
      component.path("components").forEach(nested::add);
      pending.addAll(0, nested);
    }
    return fields;
  }

  static JsonNode classpathForm(String id) throws IOException {
    return JSON.readTree(classpathBytes(id + ".form"));
  }

  static byte[] classpathBytes(String name) throws IOException {
    try (InputStream in =
        ReviseFormGeneratorTest.class.getClassLoader().getResourceAsStream("forms/" + name)) {
      assertThat(in).as("forms/" + name + " on the classpath").isNotNull();
      return in.readAllBytes();
    }
  }

  static void copySources(Path dir) throws IOException {
    Files.copy(
        SOURCE.resolve(ReviseFormGenerator.OVERLAY), dir.resolve(ReviseFormGenerator.OVERLAY));
    for (String prepare : PREPARE_OF.values()) {
      Files.copy(SOURCE.resolve(prepare + ".form"), dir.resolve(prepare + ".form"));
    }
  }
}
