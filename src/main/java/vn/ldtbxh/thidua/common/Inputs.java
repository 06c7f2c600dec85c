package vn.ldtbxh.thidua.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads the loosely typed values clients send (Tasklist forms send numbers untyped, lists as Json)
 * and refuses what does not fit with a Vietnamese message naming the field.
 */
public final class Inputs {

  /** The years the working-day calendar (and so every deadline) covers with room to spare. */
  public static final int MIN_YEAR = 1950;

  public static final int MAX_YEAR = 2150;

  private Inputs() {}

  /** A whole number, whatever its type (2026, 2026L, 2026.0, "2026"); null when absent. */
  public static Long wholeNumber(Object value, String label) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    BigDecimal number;
    try {
      if (value instanceof Number n) {
        number = new BigDecimal(n.toString());
      } else if (value instanceof SpinJsonNode node && node.isNumber()) {
        number = new BigDecimal(node.numberValue().toString());
      } else if (value instanceof String s) {
        number = new BigDecimal(s.trim());
      } else {
        throw ThiduaException.invalid("%s phải là một số nguyên.".formatted(label));
      }
    } catch (NumberFormatException e) {
      throw ThiduaException.invalid(
          "%s phải là một số nguyên, không phải \"%s\".".formatted(label, value));
    }
    try {
      return number.stripTrailingZeros().longValueExact();
    } catch (ArithmeticException e) {
      throw ThiduaException.invalid(
          "%s phải là số nguyên, không có phần thập phân (đã nhập %s)."
              .formatted(label, number.toPlainString()));
    }
  }

  public static Long requiredWholeNumber(Object value, String label) {
    Long number = wholeNumber(value, label);
    if (number == null) {
      throw ThiduaException.invalid("Chưa nhập %s.".formatted(label));
    }
    return number;
  }

  /** A count: a whole number, not negative; null when absent. */
  public static Long count(Object value, String label) {
    Long number = wholeNumber(value, label);
    if (number != null && number < 0) {
      throw ThiduaException.invalid(
          "%s không được là số âm (đã nhập %d).".formatted(label, number));
    }
    return number;
  }

  public static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text =
        value instanceof SpinJsonNode node && node.isString()
            ? node.stringValue()
            : value.toString();
    text = text.strip();
    return text.isEmpty() ? null : text;
  }

  /** A date given as yyyy-MM-dd (or a Date); null when absent. */
  public static LocalDate date(Object value, String label) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(VietnameseFormats.ZONE).toLocalDate();
    }
    String text = text(value);
    if (text == null) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw ThiduaException.invalid(
          "%s phải là một ngày theo dạng năm-tháng-ngày (yyyy-MM-dd), không phải \"%s\"."
              .formatted(label, text));
    }
    if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
      throw ThiduaException.invalid(
          "%s (%s) nằm ngoài khoảng năm %d–%d mà hệ thống xử lý được."
              .formatted(label, text, MIN_YEAR, MAX_YEAR));
    }
    return date;
  }

  /** A list of codes: a Json array, a collection, or a comma-separated text; empty when absent. */
  public static List<String> codes(Object value) {
    List<String> codes = new ArrayList<>();
    if (value == null) {
      return codes;
    }
    if (value instanceof SpinJsonNode node) {
      if (node.isArray()) {
        node.elements()
            .forEach(
                element ->
                    add(codes, element.isString() ? element.stringValue() : element.toString()));
      } else if (node.isString()) {
        splitInto(codes, node.stringValue());
      }
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(element -> add(codes, element == null ? null : element.toString()));
    } else {
      String text = value.toString().trim();
      if (text.startsWith("[") && text.endsWith("]")) {
        text = text.substring(1, text.length() - 1).replace("\"", "");
      }
      splitInto(codes, text);
    }
    return codes;
  }

  private static void splitInto(List<String> codes, String text) {
    for (String part : text.split(",")) {
      add(codes, part);
    }
  }

  private static void add(List<String> codes, String code) {
    if (code != null && !code.isBlank() && !codes.contains(code.strip())) {
      codes.add(code.strip());
    }
  }
}
