package vn.ldtbxh.thidua.deadline;

import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deadline offsets, {@code thidua.deadlines.*}: every one can be changed without code (for example
 * {@code THIDUA_DEADLINES_CUTOFFWORKINGDAYSAFTER=15}). Defaults are those of the plan.
 */
@ConfigurationProperties("thidua.deadlines")
public record DeadlineProperties(
    List<Integer> reminderWorkingDaysBefore,
    Integer cutOffWorkingDaysAfter,
    Integer reviseWorkingDays,
    Integer reviseReminderWorkingDaysBefore,
    Integer reviewWorkingDays,
    Integer completeDossierWorkingDays,
    LocalTime dayStart,
    LocalTime dayEnd,
    String defaultDeadline,
    String overridesFile) {

  public DeadlineSettings toSettings() {
    return new DeadlineSettings(
        reminderWorkingDaysBefore,
        or(cutOffWorkingDaysAfter, DeadlineSettings.DEFAULT_CUT_OFF_WORKING_DAYS_AFTER),
        or(reviseWorkingDays, DeadlineSettings.DEFAULT_REVISE_WORKING_DAYS),
        or(
            reviseReminderWorkingDaysBefore,
            DeadlineSettings.DEFAULT_REVISE_REMINDER_WORKING_DAYS_BEFORE),
        or(reviewWorkingDays, DeadlineSettings.DEFAULT_REVIEW_WORKING_DAYS),
        or(completeDossierWorkingDays, DeadlineSettings.DEFAULT_COMPLETE_DOSSIER_WORKING_DAYS),
        dayStart,
        dayEnd,
        defaultDeadline == null || defaultDeadline.isBlank()
            ? null
            : MonthDay.parse(
                defaultDeadline.startsWith("--") ? defaultDeadline : "--" + defaultDeadline));
  }

  private static int or(Integer value, int fallback) {
    return value == null ? fallback : value;
  }
}
