package vn.ldtbxh.thidua.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Vietnamese translations of the webapps cover every key of the English ones shipped in
 * Camunda's webjar, keep every {{placeholder}}, and leave no value empty where English has text.
 */
class LocaleCompletenessTest {

  private static final String BASE = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]+?)\\s*}}");
  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
  void everyEnglishKeyIsTranslated(String app) throws IOException {
    JsonNode english = read(app, "en");
    JsonNode vietnamese = read(app, "vi");
    Set<String> missing = new TreeSet<>();
    Set<String> brokenPlaceholders = new TreeSet<>();
    compare("", english, vietnamese, missing, brokenPlaceholders);
    assertThat(missing).as("keys of %s en.json missing from vi.json", app).isEmpty();
    assertThat(brokenPlaceholders).as("values whose placeholders differ").isEmpty();
  }

  private void compare(
      String path, JsonNode english, JsonNode vietnamese, Set<String> missing, Set<String> broken) {
    Iterator<Map.Entry<String, JsonNode>> fields = english.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
      JsonNode translated = vietnamese == null ? null : vietnamese.get(field.getKey());
      if (translated == null) {
        missing.add(key);
      } else if (field.getValue().isObject()) {
        compare(key, field.getValue(), translated, missing, broken);
      } else if (field.getValue().isTextual()) {
        if (!translated.isTextual()) {
          missing.add(key);
        } else if (!placeholders(field.getValue().asText())
            .equals(placeholders(translated.asText()))) {
          broken.add(key);
        }
      }
    }
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1).replace(" ", ""));
    }
    return found;
  }

  private JsonNode read(String app, String locale) throws IOException {
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream(BASE.formatted(app, locale))) {
      assertThat(in).as("%s/%s.json on the classpath", app, locale).isNotNull();
      return json.readTree(in);
    }
  }
}
