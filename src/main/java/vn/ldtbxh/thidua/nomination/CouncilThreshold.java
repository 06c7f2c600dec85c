package vn.ldtbxh.thidua.nomination;

/**
 * The share of all council members that must vote for an award form (from award-rules): more than
 * ({@code ">"}) or at least ({@code ">="}) numerator/denominator.
 */
public record CouncilThreshold(int numerator, int denominator, String comparison) {

  public boolean passedBy(CouncilVote vote) {
    return vote.passes(numerator, denominator, comparison);
  }

  /** As the council's form shows it. */
  public String vietnamese() {
    return "Ngưỡng: %s %d/%d tổng số thành viên Hội đồng"
        .formatted(">".equals(comparison) ? "trên" : "từ", numerator, denominator);
  }
}
