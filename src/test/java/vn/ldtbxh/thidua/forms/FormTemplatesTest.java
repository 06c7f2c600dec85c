package vn.ldtbxh.thidua.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Camunda Forms of the classpath's {@code forms/} never show what a user typed as Markdown:
 * form-js renders a {@code text} component's template as Markdown (a nominee named {@code
 * [x](https://…)} would be a link), so a typed value is shown in a disabled field instead. Values
 * the server computes (dates, deadlines, award-form names, the unit catalogue's names) may stay in
 * text components. {@code html} components are not checked: form-js escapes the values they insert.
 */
class FormTemplatesTest {

  private static final Set<String> TYPED_FIELDS = Set.of("textfield", "textarea");

  /** Typed, but the server accepts only its own values: a round key must name an existing round. */
  private static final Set<String> SERVER_CHECKED = Set.of("roundKey");

  static Map<String, JsonNode> forms = new LinkedHashMap<>();

  /**
   * The forms as deployed: those of the classpath, the revise forms generated from the prepare
   * forms included.
   */
  @BeforeAll
  static void readForms() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Resource[] resources =
        new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form");
    Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
    for (Resource resource : resources) {
      try (InputStream in = resource.getInputStream()) {
        forms.put(resource.getFilename(), json.readTree(in));
      }
    }
    assertThat(forms)
        .hasSizeGreaterThan(10)
        .containsKeys("reviseUnitReport.form", "reviseDistrictReport.form");
  }

  /**
   * Every key a user types somewhere: the keys of the forms' enabled text fields and text areas.
   */
  static Set<String> typedKeys() {
    Set<String> keys = new TreeSet<>();
    forms
        .values()
        .forEach(
            form ->
                components(form).stream()
                    .filter(
                        c ->
                            TYPED_FIELDS.contains(c.path("type").asText())
                                && !c.path("disabled").asBoolean())
                    .forEach(c -> keys.add(c.path("key").asText())));
    keys.removeAll(SERVER_CHECKED);
    return keys;
  }

  @Test
  void noTextComponentInterpolatesATypedValue() {
    Set<String> typed = typedKeys();
    assertThat(typed)
        .contains(
            "nomineeName",
            "nomineePosition",
            "achievements",
            "unitMinutesNumber",
            "submissionNumber",
            "decisionNumber",
            "verifyComment",
            "reviewComment",
            "summary",
            "pilotCommunes");
    List<String> found = new ArrayList<>();
    forms.forEach(
        (name, form) ->
            components(form).stream()
                .filter(c -> "text".equals(c.path("type").asText()))
                .forEach(
                    c ->
                        typed.stream()
                            .filter(
                                key ->
                                    Pattern.compile("\\b" + key + "\\b")
                                        .matcher(c.path("text").asText())
                                        .find())
                            .forEach(
                                key ->
                                    found.add(name + " " + c.path("id").asText() + ": " + key))));
    assertThat(found).as("user-typed values rendered as Markdown").isEmpty();
  }

  @Test
  void typedValuesAreShownInDisabledFields() {
    assertThat(displayed("verifyAchievements.form"))
        .containsExactlyInAnyOrder("nomineeName", "unitMinutesNumber");
    assertThat(displayed("checkDossier.form"))
        .containsExactlyInAnyOrder("nomineeName", "unitMinutesNumber");
    assertThat(displayed("recordProvincialDecision.form"))
        .containsExactlyInAnyOrder("nomineeName", "submissionNumber");
    for (String name :
        List.of(
            "completeDossier.form",
            "councilVote.form",
            "reviseAchievements.form",
            "signDecision.form",
            "submitToProvince.form")) {
      assertThat(displayed(name)).as(name).containsExactly("nomineeName");
    }
  }

  /**
   * form-js submits read-only fields: a field that only shows a value is disabled, and no key is
   * used twice.
   */
  @Test
  void displayOnlyFieldsAreDisabledAndKeysAreUnique() {
    forms.forEach(
        (name, form) -> {
          Set<String> keys = new HashSet<>();
          for (JsonNode component : components(form)) {
            assertThat(component.has("readonly"))
                .as(name + " " + component.path("id").asText())
                .isFalse();
            if (component.hasNonNull("key")) {
              assertThat(keys.add(component.path("key").asText()))
                  .as(name + " key " + component.path("key"))
                  .isTrue();
            }
          }
        });
  }

  private static List<String> displayed(String form) {
    return components(forms.get(form)).stream()
        .filter(c -> c.path("disabled").asBoolean())
        .map(c -> c.path("key").asText())
        .toList();
  }

  private static List<JsonNode> components(JsonNode parent) {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode component : parent.path("components")) {
      all.add(component);
      all.addAll(components(component));
    }
    return all;
  }
}
