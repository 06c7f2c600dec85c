package vn.ldtbxh.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ldtbxh.thidua.common.ThiduaException;

class CouncilVoteTest {

  @ParameterizedTest(name = "{1} of {0} present: quorum {2}")
  @CsvSource({
    "15,10,true",
    "15,9,false",
    "9,6,true",
    "9,5,false",
    "3,2,true",
    "1,1,true",
    "7,5,true",
    "7,4,false"
  })
  void theQuorumIsTwoThirdsInIntegerArithmetic(int total, int present, boolean quorum) {
    assertThat(new CouncilVote(total, present, 0, 0).hasQuorum()).isEqualTo(quorum);
  }

  @Test
  void aMeetingWithoutQuorumIsRefusedWithoutRejectingTheNominee() {
    assertThatThrownBy(() -> new CouncilVote(15, 9, 9, 0).check())
        .isInstanceOf(ThiduaException.class)
        .hasMessageContaining("9/15")
        .hasMessageContaining("cần ít nhất 10")
        .hasMessageContaining("chưa bị loại");
  }

  @ParameterizedTest(name = "{0} votes for of 15 at >= 7/10: {1}")
  @CsvSource({"11,true", "10,false", "15,true"})
  void atLeastSevenTenthsCountsOnAllMembers(int votesFor, boolean passes) {
    CouncilVote vote = new CouncilVote(15, 12, votesFor, 3);
    vote.check();
    assertThat(vote.passes(7, 10, ">=")).isEqualTo(passes);
  }

  @ParameterizedTest(name = "{0} votes for of 10 at > 1/2: {1}")
  @CsvSource({"5,false", "6,true"})
  void moreThanHalfIsStrict(int votesFor, boolean passes) {
    assertThat(new CouncilVote(10, 10, votesFor, 0).passes(1, 2, ">")).isEqualTo(passes);
  }

  @Test
  void writtenVotesOfAbsentMembersCount() {
    CouncilVote vote = new CouncilVote(15, 10, 11, 2);
    vote.check();
    assertThat(vote.passes(7, 10, ">=")).isTrue();
  }

  @ParameterizedTest(name = "total {0}, present {1}, for {2}, written {3}: {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0|0|0|0|lớn hơn 0",
        "10|11|5|0|không thể nhiều hơn tổng số",
        "15|10|5|6|nhiều hơn số thành viên vắng mặt",
        "15|10|13|2|không thể nhiều hơn số phiếu đã bỏ",
        "15|10|-1|0|không được là số âm"
      })
  void inconsistentNumbersAreRefused(
      int total, int present, int votesFor, int written, String message) {
    assertThatThrownBy(() -> new CouncilVote(total, present, votesFor, written).check())
        .isInstanceOf(ThiduaException.class)
        .hasMessageContaining(message);
  }
}
