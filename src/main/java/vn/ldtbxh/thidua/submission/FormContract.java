package vn.ldtbxh.thidua.submission;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a Camunda Form lets a user submit: its input fields, and the fields it only shows (disabled
 * or read-only). form-js leaves disabled fields out of the submission and sends read-only ones
 * unchanged.
 */
public record FormContract(String formId, Set<String> inputs, Set<String> shown) {

  /** form-js 1.8 components that hold a value of the form's data. */
  private static final Set<String> INPUT_TYPES =
      Set.of(
          "textfield",
          "textarea",
          "number",
          "datetime",
          "select",
          "radio",
          "checkbox",
          "checklist",
          "taglist");

  private static final ObjectMapper JSON = new ObjectMapper();

  public FormContract {
    inputs = Collections.unmodifiableSet(new LinkedHashSet<>(inputs));
    shown = Collections.unmodifiableSet(new LinkedHashSet<>(shown));
  }

  /** Reads the contract of a form's JSON schema. */
  public static FormContract parse(InputStream schema) throws IOException {
    JsonNode form = JSON.readTree(schema);
    Set<String> inputs = new LinkedHashSet<>();
    Set<String> shown = new LinkedHashSet<>();
    collect(form, inputs, shown);
    return new FormContract(form.path("id").asText(), inputs, shown);
  }

  private static void collect(JsonNode container, Set<String> inputs, Set<String> shown) {
    for (JsonNode component : container.path("components")) {
      String key = component.path("key").asText(null);
      if (key != null && INPUT_TYPES.contains(component.path("type").asText())) {
        boolean onlyShown =
            component.path("disabled").asBoolean(false)
                || component.path("readonly").asBoolean(false);
        (onlyShown ? shown : inputs).add(key);
      }
      collect(component, inputs, shown);
    }
  }
}
