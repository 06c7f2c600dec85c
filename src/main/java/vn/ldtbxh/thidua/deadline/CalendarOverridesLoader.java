package vn.ldtbxh.thidua.deadline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a yearly calendar table from text. One entry per line:
 *
 * <pre>
 * # comment
 * 2025-05-02=OFF            extra day off
 * 2025-04-26,WORK,note      make-up working day (e.g. a Saturday)
 * 2025-09-01;ADJACENT       the day adjacent to Quốc khánh 2/9 for 2025 (replaces 3/9)
 * </pre>
 *
 * The separator between fields is {@code =}, {@code ,} or {@code ;}; anything after the kind is a
 * free-text note. Blank lines and lines starting with {@code #} are ignored. Input is UTF-8.
 */
public final class CalendarOverridesLoader {

  /** Classpath location of the table shipped with this package. */
  public static final String DEFAULT_RESOURCE = "vn/ldtbxh/thidua/deadline/calendar-overrides.csv";

  private static final Pattern LINE =
      Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})\\s*[=,;]\\s*([A-Za-z_]+)\\s*(?:[,;=](.*))?$");

  private static volatile CalendarOverrides defaultOverrides;
  private static volatile List<CalendarEntry> defaultEntries;

  private CalendarOverridesLoader() {}

  /** The shipped table, read once and cached. */
  public static CalendarOverrides loadDefault() {
    CalendarOverrides result = defaultOverrides;
    if (result == null) {
      result = loadResource(DEFAULT_RESOURCE);
      defaultOverrides = result;
    }
    return result;
  }

  /** The entries of the shipped table, with their notes, read once and cached. */
  public static List<CalendarEntry> defaultEntries() {
    List<CalendarEntry> result = defaultEntries;
    if (result == null) {
      result = resourceEntries(DEFAULT_RESOURCE);
      defaultEntries = result;
    }
    return result;
  }

  /** Reads the entries, with their notes, of a UTF-8 stream. */
  public static List<CalendarEntry> entries(InputStream in, String sourceName) {
    return entries(new InputStreamReader(in, StandardCharsets.UTF_8), sourceName);
  }

  private static List<CalendarEntry> resourceEntries(String resource) {
    ClassLoader loader = CalendarOverridesLoader.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new CalendarDataException("Không tìm thấy tệp lịch nghỉ: " + resource + ".");
      }
      return entries(in, resource);
    } catch (IOException e) {
      throw new CalendarDataException("Không đọc được tệp lịch nghỉ: " + resource + ".", e);
    }
  }

  /** Reads a table from a classpath resource. */
  public static CalendarOverrides loadResource(String resource) {
    ClassLoader loader = CalendarOverridesLoader.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new CalendarDataException("Không tìm thấy tệp lịch nghỉ: " + resource + ".");
      }
      return load(in, resource);
    } catch (IOException e) {
      throw new CalendarDataException("Không đọc được tệp lịch nghỉ: " + resource + ".", e);
    }
  }

  /** Reads a table from a UTF-8 stream; {@code sourceName} is used in error messages. */
  public static CalendarOverrides load(InputStream in, String sourceName) {
    return parse(new InputStreamReader(in, StandardCharsets.UTF_8), sourceName);
  }

  /** Parses a table held in a string. */
  public static CalendarOverrides parse(String text) {
    return parse(new StringReader(text), "chuỗi văn bản");
  }

  /** Parses a table from a reader; {@code sourceName} is used in error messages. */
  public static CalendarOverrides parse(Reader reader, String sourceName) {
    return CalendarEntry.toOverrides(entries(reader, sourceName));
  }

  /**
   * The entries of a table, with their notes, in the order of the lines; a malformed line, a date
   * both off and worked or two adjacent days of one year are refused with the line's number.
   */
  public static List<CalendarEntry> entries(Reader reader, String sourceName) {
    CalendarOverrides.Builder builder = CalendarOverrides.builder();
    List<CalendarEntry> entries = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    int lineNumber = 0;
    try {
      for (String raw = lines.readLine(); raw != null; raw = lines.readLine()) {
        lineNumber++;
        String line = stripBom(raw).strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        try {
          CalendarEntry entry = entry(line);
          entry.addTo(builder);
          entries.add(entry);
        } catch (CalendarDataException e) {
          throw new CalendarDataException(
              "Dòng " + lineNumber + " của " + sourceName + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(entries);
  }

  private static CalendarEntry entry(String line) {
    Matcher m = LINE.matcher(line);
    if (!m.matches()) {
      throw new CalendarDataException(
          "không đúng định dạng \"yyyy-MM-dd=OFF|WORK|ADJACENT\": \"" + line + "\".");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(m.group(1));
    } catch (DateTimeParseException e) {
      throw new CalendarDataException("ngày không hợp lệ: \"" + m.group(1) + "\".", e);
    }
    CalendarKind kind;
    try {
      kind = CalendarKind.valueOf(m.group(2).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CalendarDataException(
          "loại ngày không hợp lệ: \""
              + m.group(2)
              + "\" (chỉ chấp nhận OFF, WORK hoặc ADJACENT).");
    }
    return new CalendarEntry(date, kind, m.group(3));
  }

  private static String stripBom(String line) {
    return !line.isEmpty() && line.charAt(0) == '\uFEFF' ? line.substring(1) : line;
  }
}
