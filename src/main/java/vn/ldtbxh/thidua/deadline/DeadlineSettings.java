package vn.ldtbxh.thidua.deadline;

import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;

/**
 * Configurable offsets of the deadline rules. A plain record so Spring can bind it (e.g.
 * {@code @ConfigurationProperties}); {@code null} object values fall back to the defaults.
 *
 * @param reminderWorkingDaysBefore reminders sent at {@link #dayStart()} on the n-th working day
 *     before the deadline; default [5, 1]
 * @param cutOffWorkingDaysAfter cut-off: end of the n-th working day after the deadline; default 10
 * @param reviseWorkingDays time to revise a returned report, in working days; default 3
 * @param reviseReminderWorkingDaysBefore reminder n working days before the revise deadline, 0 =
 *     none; default 1
 * @param reviewWorkingDays time to review a submitted report, in working days; default 5
 * @param completeDossierWorkingDays time to complete a dossier, in working days; default 5
 * @param dayStart start of the working day, moment of reminders and notices; default 08:00
 * @param dayEnd end of the working day, moment a deadline ends; default 17:00
 * @param defaultDeadline default yearly deadline; default 15 December
 */
public record DeadlineSettings(
    List<Integer> reminderWorkingDaysBefore,
    int cutOffWorkingDaysAfter,
    int reviseWorkingDays,
    int reviseReminderWorkingDaysBefore,
    int reviewWorkingDays,
    int completeDossierWorkingDays,
    LocalTime dayStart,
    LocalTime dayEnd,
    MonthDay defaultDeadline) {

  public static final List<Integer> DEFAULT_REMINDER_WORKING_DAYS_BEFORE = List.of(5, 1);
  public static final int DEFAULT_CUT_OFF_WORKING_DAYS_AFTER = 10;
  public static final int DEFAULT_REVISE_WORKING_DAYS = 3;
  public static final int DEFAULT_REVISE_REMINDER_WORKING_DAYS_BEFORE = 1;
  public static final int DEFAULT_REVIEW_WORKING_DAYS = 5;
  public static final int DEFAULT_COMPLETE_DOSSIER_WORKING_DAYS = 5;
  public static final LocalTime DEFAULT_DAY_START = LocalTime.of(8, 0);
  public static final LocalTime DEFAULT_DAY_END = LocalTime.of(17, 0);
  public static final MonthDay DEFAULT_DEADLINE = MonthDay.of(12, 15);

  public DeadlineSettings {
    reminderWorkingDaysBefore =
        reminderWorkingDaysBefore == null
            ? DEFAULT_REMINDER_WORKING_DAYS_BEFORE
            : List.copyOf(reminderWorkingDaysBefore);
    dayStart = dayStart == null ? DEFAULT_DAY_START : dayStart;
    dayEnd = dayEnd == null ? DEFAULT_DAY_END : dayEnd;
    defaultDeadline = defaultDeadline == null ? DEFAULT_DEADLINE : defaultDeadline;

    for (Integer n : reminderWorkingDaysBefore) {
      requireAtLeast(n, 1, "Số ngày làm việc nhắc trước hạn");
    }
    requireAtLeast(cutOffWorkingDaysAfter, 1, "Số ngày làm việc đến hạn chót");
    requireAtLeast(reviseWorkingDays, 1, "Số ngày làm việc để chỉnh sửa");
    requireAtLeast(reviseReminderWorkingDaysBefore, 0, "Số ngày làm việc nhắc trước hạn chỉnh sửa");
    requireAtLeast(reviewWorkingDays, 1, "Số ngày làm việc để thẩm định");
    requireAtLeast(completeDossierWorkingDays, 1, "Số ngày làm việc để hoàn thiện hồ sơ");
    if (!dayStart.isBefore(dayEnd)) {
      throw new IllegalArgumentException(
          "Giờ bắt đầu ngày làm việc (" + dayStart + ") phải trước giờ kết thúc (" + dayEnd + ").");
    }
  }

  /** The defaults of the product design. */
  public static DeadlineSettings defaults() {
    return new DeadlineSettings(
        DEFAULT_REMINDER_WORKING_DAYS_BEFORE,
        DEFAULT_CUT_OFF_WORKING_DAYS_AFTER,
        DEFAULT_REVISE_WORKING_DAYS,
        DEFAULT_REVISE_REMINDER_WORKING_DAYS_BEFORE,
        DEFAULT_REVIEW_WORKING_DAYS,
        DEFAULT_COMPLETE_DOSSIER_WORKING_DAYS,
        DEFAULT_DAY_START,
        DEFAULT_DAY_END,
        DEFAULT_DEADLINE);
  }

  /** A copy with other reminder offsets. */
  public DeadlineSettings withReminderWorkingDaysBefore(List<Integer> offsets) {
    return new DeadlineSettings(
        offsets,
        cutOffWorkingDaysAfter,
        reviseWorkingDays,
        reviseReminderWorkingDaysBefore,
        reviewWorkingDays,
        completeDossierWorkingDays,
        dayStart,
        dayEnd,
        defaultDeadline);
  }

  /** A copy with another cut-off offset. */
  public DeadlineSettings withCutOffWorkingDaysAfter(int workingDays) {
    return new DeadlineSettings(
        reminderWorkingDaysBefore,
        workingDays,
        reviseWorkingDays,
        reviseReminderWorkingDaysBefore,
        reviewWorkingDays,
        completeDossierWorkingDays,
        dayStart,
        dayEnd,
        defaultDeadline);
  }

  private static void requireAtLeast(Integer value, int min, String what) {
    if (value == null || value < min) {
      throw new IllegalArgumentException(
          what + " phải lớn hơn hoặc bằng " + min + " (nhận được: " + value + ").");
    }
  }
}
