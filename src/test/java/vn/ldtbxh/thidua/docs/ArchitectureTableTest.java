package vn.ldtbxh.thidua.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The table "Where each rule lives" of docs/architecture.md names, for each business rule, the
 * class that holds it: every class of its "class" column exists, and the table is not a stub.
 */
class ArchitectureTableTest {

  static final Path ARCHITECTURE = Path.of("docs", "architecture.md");
  static final String HEADING = "Where each rule lives";
  static final String PACKAGE = "vn.ldtbxh.thidua.";
  static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");

  /** One row of the table: the rule, and the text of its class cell. */
  record Row(String rule, String classCell) {}

  @Test
  void everyClassOfTheRuleTableExists() throws IOException {
    List<Row> rows = table(Files.readString(ARCHITECTURE));
    assertThat(rows).as("rows of the table \"%s\"", HEADING).hasSizeGreaterThanOrEqualTo(10);

    List<String> missing = new ArrayList<>();
    for (Row row : rows) {
      Matcher code = CODE_SPAN.matcher(row.classCell());
      if (!code.find()) {
        missing.add(row.rule() + ": no class in backticks");
        continue;
      }
      String name = code.group(1).strip();
      String qualified = name.startsWith(PACKAGE) ? name : PACKAGE + name;
      try {
        Class.forName(qualified, false, getClass().getClassLoader());
      } catch (ClassNotFoundException e) {
        missing.add(row.rule() + ": " + qualified);
      }
    }
    assertThat(missing)
        .as("classes named in the table \"%s\" that do not exist", HEADING)
        .isEmpty();
  }

  /**
   * The rows of the first table under the heading, as (rule, class cell), the header and its rule
   * line left out.
   */
  static List<Row> table(String markdown) {
    String[] lines = markdown.split("\n", -1);
    int i = 0;
    while (i < lines.length && !isHeading(lines[i])) {
      i++;
    }
    assertThat(i).as("a heading \"%s\" in %s", HEADING, ARCHITECTURE).isLessThan(lines.length);
    i++;
    while (i < lines.length && !lines[i].strip().startsWith("|")) {
      assertThat(lines[i]).as("the table comes before the next heading").doesNotStartWith("#");
      i++;
    }
    assertThat(i).as("a table under \"%s\"", HEADING).isLessThan(lines.length);
    List<String> header = cells(lines[i]);
    int classColumn =
        header.stream().map(cell -> cell.toLowerCase(Locale.ROOT)).toList().indexOf("class");
    assertThat(classColumn).as("a column \"class\" in %s", header).isNotNegative();
    i += 2; // the header and the line of dashes
    List<Row> rows = new ArrayList<>();
    for (; i < lines.length && lines[i].strip().startsWith("|"); i++) {
      List<String> cells = cells(lines[i]);
      rows.add(new Row(cells.get(0), classColumn < cells.size() ? cells.get(classColumn) : ""));
    }
    return rows;
  }

  static boolean isHeading(String line) {
    String text = line.strip();
    return text.startsWith("#") && text.replaceFirst("^#+", "").strip().equals(HEADING);
  }

  /** The cells of a table line; a '|' inside a code span does not split a cell. */
  static List<String> cells(String line) {
    String text = line.strip();
    text = text.substring(1, text.endsWith("|") ? text.length() - 1 : text.length());
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean inCode = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '`') {
        inCode = !inCode;
      }
      if (c == '|' && !inCode && (i == 0 || text.charAt(i - 1) != '\\')) {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString().strip());
    return cells;
  }
}
