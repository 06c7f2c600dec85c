package vn.ldtbxh.thidua.nomination;

import vn.ldtbxh.thidua.common.ThiduaException;

/**
 * A council vote on one nomination and the rules it must satisfy: a quorum of 2/3 of the members (3
 * × present ≥ 2 × total, integer arithmetic), written votes only from absent members, and the award
 * form's threshold counted on all members, e.g. more than 1/2 or at least 7/10.
 */
public record CouncilVote(int membersTotal, int membersPresent, int votesFor, int writtenVotes) {

  /** Refuses inconsistent numbers and a meeting without quorum, with a Vietnamese message. */
  public void check() {
    if (membersTotal <= 0) {
      throw ThiduaException.invalid("Tổng số thành viên Hội đồng phải lớn hơn 0.");
    }
    if (membersPresent < 0 || votesFor < 0 || writtenVotes < 0) {
      throw ThiduaException.invalid(
          "Số thành viên có mặt, số phiếu đồng ý và số phiếu bằng văn bản không được là số âm.");
    }
    if (membersPresent > membersTotal) {
      throw ThiduaException.invalid(
          "Số thành viên có mặt (%d) không thể nhiều hơn tổng số thành viên Hội đồng (%d)."
              .formatted(membersPresent, membersTotal));
    }
    if (writtenVotes > membersTotal - membersPresent) {
      throw ThiduaException.invalid(
          "Số phiếu bằng văn bản (%d) không thể nhiều hơn số thành viên vắng mặt (%d)."
              .formatted(writtenVotes, membersTotal - membersPresent));
    }
    if (votesFor > membersPresent + writtenVotes) {
      throw ThiduaException.invalid(
          "Số phiếu đồng ý (%d) không thể nhiều hơn số phiếu đã bỏ (%d có mặt + %d bằng văn bản)."
              .formatted(votesFor, membersPresent, writtenVotes));
    }
    if (!hasQuorum()) {
      throw ThiduaException.invalid(
          ("Cuộc họp chỉ có %d/%d thành viên, chưa đủ 2/3 (cần ít nhất %d): kết quả biểu quyết "
                  + "không có giá trị, hồ sơ chưa bị loại. Hãy ghi nhận kết quả của cuộc họp đủ số thành viên.")
              .formatted(membersPresent, membersTotal, minimumPresent()));
    }
  }

  public boolean hasQuorum() {
    return 3L * membersPresent >= 2L * membersTotal;
  }

  public int minimumPresent() {
    return (2 * membersTotal + 2) / 3;
  }

  /**
   * Whether the votes for reach numerator/denominator of all members, compared with ">" or ">=".
   */
  public boolean passes(int numerator, int denominator, String comparison) {
    long votes = (long) votesFor * denominator;
    long threshold = (long) numerator * membersTotal;
    return switch (comparison) {
      case ">" -> votes > threshold;
      case ">=", "≥" -> votes >= threshold;
      default -> throw new IllegalArgumentException("Unknown threshold comparison " + comparison);
    };
  }
}
