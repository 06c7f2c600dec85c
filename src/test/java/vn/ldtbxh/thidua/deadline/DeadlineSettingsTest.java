package vn.ldtbxh.thidua.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineSettingsTest {

  @Test
  void defaultsMatchTheProductDesign() {
    DeadlineSettings s = DeadlineSettings.defaults();
    assertThat(s.reminderWorkingDaysBefore()).containsExactly(5, 1);
    assertThat(s.cutOffWorkingDaysAfter()).isEqualTo(10);
    assertThat(s.reviseWorkingDays()).isEqualTo(3);
    assertThat(s.reviseReminderWorkingDaysBefore()).isEqualTo(1);
    assertThat(s.reviewWorkingDays()).isEqualTo(5);
    assertThat(s.completeDossierWorkingDays()).isEqualTo(5);
    assertThat(s.dayStart()).isEqualTo(LocalTime.of(8, 0));
    assertThat(s.dayEnd()).isEqualTo(LocalTime.of(17, 0));
    assertThat(s.defaultDeadline()).isEqualTo(MonthDay.of(12, 15));
  }

  @Test
  void nullObjectValuesFallBackToDefaults() {
    DeadlineSettings s = new DeadlineSettings(null, 10, 3, 1, 5, 5, null, null, null);
    assertThat(s).isEqualTo(DeadlineSettings.defaults());
  }

  @Test
  void rejectsInvalidValuesWithVietnameseMessages() {
    assertThatThrownBy(() -> new DeadlineSettings(List.of(0), 10, 3, 1, 5, 5, null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nhắc trước hạn");
    assertThatThrownBy(() -> DeadlineSettings.defaults().withCutOffWorkingDaysAfter(0))
        .hasMessageContaining("hạn chót");
    assertThatThrownBy(
            () ->
                new DeadlineSettings(
                    null, 10, 3, 1, 5, 5, LocalTime.of(17, 0), LocalTime.of(8, 0), null))
        .hasMessageContaining("phải trước giờ kết thúc");
  }
}
