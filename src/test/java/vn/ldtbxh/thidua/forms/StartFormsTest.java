package vn.ldtbxh.thidua.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The start forms of a round and of a nomination hold no list of movements, units or rounds and no
 * field to type a code the system knows: their lists are dynamic ({@code valuesKey}), which {@link
 * StartFormOptions} fills for the user.
 */
class StartFormsTest {

  static JsonNode form(String id) throws IOException {
    return new ObjectMapper().readTree(new File("forms/" + id + ".form"));
  }

  static List<JsonNode> fields(JsonNode form) {
    List<JsonNode> fields = new ArrayList<>();
    form.path("components").forEach(fields::add);
    return fields;
  }

  static JsonNode field(JsonNode form, String key) {
    return fields(form).stream()
        .filter(f -> key.equals(f.path("key").asText()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theRoundsStartFormOffersMovementsAndUnitsFromData() throws IOException {
    JsonNode form = form("startRound");
    assertThat(field(form, "movement").path("type").asText()).isEqualTo("select");
    assertThat(field(form, "movement").path("valuesKey").asText()).isEqualTo("movementOptions");
    assertThat(field(form, "unitCodes").path("type").asText()).isEqualTo("checklist");
    assertThat(field(form, "unitCodes").path("valuesKey").asText()).isEqualTo("unitOptions");
    assertNoCodesWritten(form);
  }

  @Test
  void theNominationsStartFormOffersRoundsAndTheUsersUnits() throws IOException {
    JsonNode form = form("startNomination");
    assertThat(field(form, "roundKey").path("type").asText()).isEqualTo("select");
    assertThat(field(form, "roundKey").path("valuesKey").asText()).isEqualTo("roundOptions");
    assertThat(field(form, "unitCode").path("type").asText()).isEqualTo("select");
    assertThat(field(form, "unitCode").path("valuesKey").asText()).isEqualTo("unitOptions");
    assertNoCodesWritten(form);
  }

  /** No static list names a movement, a unit or a round; no text field asks for one. */
  private static void assertNoCodesWritten(JsonNode form) {
    String text = form.toString();
    for (String code :
        List.of("vi-nguoi-ngheo", "179/KH", "dongxoai", "budang", "round-20", "btxh")) {
      assertThat(text).as(code).doesNotContain(code);
    }
    for (JsonNode field : fields(form)) {
      String key = field.path("key").asText();
      if (List.of("movement", "unitCodes", "roundKey", "unitCode").contains(key)) {
        assertThat(field.has("values")).as(key).isFalse();
        assertThat(field.path("type").asText()).as(key).isNotIn("textfield", "textarea");
      }
    }
  }
}
