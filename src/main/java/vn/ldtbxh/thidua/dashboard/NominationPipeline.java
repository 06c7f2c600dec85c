package vn.ldtbxh.thidua.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The nominations of a round along their way: how many stand at each status, and for each
 * nomination its current step, how long it has been there, whether that step is past its due date,
 * and since when it waits on the Province.
 */
public record NominationPipeline(
    String roundKey, List<Stage> stages, int late, int waitingOnProvince, List<Item> nominations) {

  /**
   * One status (see {@code NominationStatus}) and how many nominations of the round stand at it.
   */
  public record Stage(String status, String statusText, boolean ended, long count) {}

  /**
   * One nomination. {@code step} is the open task's name (none once ended); {@code due} that task's
   * due date, if it has one; {@code late} when it has passed. {@code waitingOnProvinceSince}: the
   * date of the submission (tờ trình) to the Province, or the council's vote while the submission
   * is being prepared.
   */
  public record Item(
      String businessKey,
      String unitCode,
      String unitName,
      String nomineeName,
      String awardForm,
      String awardFormText,
      String status,
      String statusText,
      String step,
      Instant stepSince,
      Instant due,
      boolean late,
      boolean waitingOnProvince,
      Instant waitingOnProvinceSince,
      String submissionNumber,
      LocalDate submissionDate,
      Instant submittedAt) {}
}
