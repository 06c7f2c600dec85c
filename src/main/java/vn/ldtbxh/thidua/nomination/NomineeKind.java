package vn.ldtbxh.thidua.nomination;

/** A nominee is a collective (tập thể) or an individual (cá nhân). */
public enum NomineeKind {
  COLLECTIVE("Tập thể"),
  INDIVIDUAL("Cá nhân");

  private final String vietnamese;

  NomineeKind(String vietnamese) {
    this.vietnamese = vietnamese;
  }

  public String vietnamese() {
    return vietnamese;
  }
}
