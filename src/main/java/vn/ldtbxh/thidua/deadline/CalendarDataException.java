package vn.ldtbxh.thidua.deadline;

/** Invalid or unreadable yearly calendar table data. The message is in Vietnamese for display. */
public class CalendarDataException extends RuntimeException {

  public CalendarDataException(String message) {
    super(message);
  }

  public CalendarDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
