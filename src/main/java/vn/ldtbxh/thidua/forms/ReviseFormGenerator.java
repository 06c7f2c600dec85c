package vn.ldtbxh.thidua.forms;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the revise forms from the prepare forms at build time, so that a field is added once, to
 * the prepare form, and appears in both. {@code forms/revise-forms.json} says which revise form
 * comes from which prepare form and what it adds: the components put first (the reviewer's
 * comment), the revise form's own {@code id} and edits of the prepare form's text components (a
 * replaced phrase, an appended sentence). Everything else, fields and layout rows included, is the
 * prepare form's.
 *
 * <p>The build runs {@link #main} in the phase {@code process-classes} (see {@code pom.xml}); it
 * writes the revise forms next to the copied ones in {@code target/classes/forms/}, whence they are
 * deployed, served and read like every other form. The output is deterministic (the prepare form's
 * field order and row ids, the Camunda Modeler's layout of the JSON), so an unchanged form is not
 * deployed again as a new version.
 */
public final class ReviseFormGenerator {

  /** The description of the revise forms, in the forms' source directory. */
  public static final String OVERLAY = "revise-forms.json";

  static final String SUFFIX = ".form";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  private ReviseFormGenerator() {}

  /**
   * Writes the revise forms described by {@code <source>/revise-forms.json} to the output
   * directory; a file whose content is already the generated one is left untouched.
   *
   * @param args the forms' source directory ({@code forms}) and the output directory ({@code
   *     target/classes/forms})
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException(
          "usage: ReviseFormGenerator <forms source directory> <output directory>");
    }
    Path source = Path.of(args[0]);
    Path output = Path.of(args[1]);
    Files.createDirectories(output);
    for (Map.Entry<String, byte[]> form : generate(source).entrySet()) {
      Path file = output.resolve(form.getKey());
      if (!Files.exists(file) || !Arrays.equals(Files.readAllBytes(file), form.getValue())) {
        Files.write(file, form.getValue());
      }
    }
  }

  /**
   * The revise forms described by the overlay of the source directory: file name ({@code id.form})
   * to content.
   */
  public static Map<String, byte[]> generate(Path source) throws IOException {
    JsonNode overlay = JSON.readTree(source.resolve(OVERLAY).toFile());
    JsonNode first = require(overlay, "first", OVERLAY);
    Map<String, byte[]> forms = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = require(overlay, "forms", OVERLAY).fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String id = entry.getKey();
      JsonNode revision = entry.getValue();
      String from = require(revision, "from", OVERLAY + " " + id).asText();
      if (Files.exists(source.resolve(id + SUFFIX))) {
        throw new IllegalStateException(
            source.resolve(id + SUFFIX)
                + " is generated from "
                + from
                + SUFFIX
                + " and "
                + OVERLAY
                + ": edit those, and delete it");
      }
      JsonNode prepare = JSON.readTree(source.resolve(from + SUFFIX).toFile());
      forms.put(id + SUFFIX, write(revise(prepare, id, first, revision)));
    }
    return forms;
  }

  /**
   * The revise form {@code id} of the prepare form: the components {@code first}, then the edited
   * prepare form's.
   */
  static ObjectNode revise(JsonNode prepare, String id, JsonNode first, JsonNode revision) {
    String where = id + " (from " + prepare.path("id").asText() + ")";
    ObjectNode form = prepare.deepCopy();
    if (!form.has("id") || !form.path("components").isArray()) {
      throw new IllegalArgumentException(where + ": the prepare form has no id or no components");
    }
    form.put("id", id);

    ArrayNode components = (ArrayNode) form.get("components");
    List<String> ids = new ArrayList<>();
    collectIds(components, ids);
    for (int i = first.size() - 1; i >= 0; i--) {
      JsonNode component = first.get(i);
      if (ids.contains(component.path("id").asText())
          || component.hasNonNull("key")
              && keys(components).contains(component.path("key").asText())) {
        throw new IllegalArgumentException(
            where + ": the prepare form already has " + component.path("id"));
      }
      components.insert(0, component.deepCopy());
    }

    for (Iterator<Map.Entry<String, JsonNode>> it = revision.path("text").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> edit = it.next();
      ObjectNode component = find(components, edit.getKey());
      if (component == null || !"text".equals(component.path("type").asText())) {
        throw new IllegalArgumentException(where + ": no text component " + edit.getKey());
      }
      String text = component.path("text").asText();
      for (Iterator<Map.Entry<String, JsonNode>> r = edit.getValue().path("replace").fields();
          r.hasNext(); ) {
        Map.Entry<String, JsonNode> replacement = r.next();
        String phrase = replacement.getKey();
        int at = text.indexOf(phrase);
        if (phrase.isEmpty() || at < 0 || text.indexOf(phrase, at + 1) >= 0) {
          throw new IllegalArgumentException(
              where + ": \"" + phrase + "\" is not once in " + edit.getKey());
        }
        text = text.replace(phrase, replacement.getValue().asText());
      }
      component.put("text", text + edit.getValue().path("append").asText(""));
    }
    return form;
  }

  /**
   * The form as the Camunda Modeler writes it: two-space indent, {@code "key": value}, UTF-8, a
   * final newline.
   */
  static byte[] write(JsonNode form) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      JSON.writer(printer).writeValue(out, form);
      out.write('\n');
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode require(JsonNode node, String field, String where) {
    if (!node.hasNonNull(field)) {
      throw new IllegalArgumentException(where + ": no \"" + field + "\"");
    }
    return node.get(field);
  }

  private static void collectIds(JsonNode components, List<String> ids) {
    for (JsonNode component : components) {
      ids.add(component.path("id").asText());
      collectIds(component.path("components"), ids);
    }
  }

  private static List<String> keys(JsonNode components) {
    List<String> keys = new ArrayList<>();
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        keys.add(component.path("key").asText());
      }
      keys.addAll(keys(component.path("components")));
    }
    return keys;
  }

  private static ObjectNode find(JsonNode components, String id) {
    for (JsonNode component : components) {
      if (id.equals(component.path("id").asText())) {
        return (ObjectNode) component;
      }
      ObjectNode nested = find(component.path("components"), id);
      if (nested != null) {
        return nested;
      }
    }
    return null;
  }
}
