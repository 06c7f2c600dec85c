package vn.ldtbxh.thidua.dossier;

import vn.ldtbxh.thidua.common.ThiduaException;

/** The two kinds of a unit's dossier, with the path segment the attachment API uses for them. */
public enum DossierKind {
  REPORT("report", "Báo cáo kết quả"),
  NOMINATION("nomination", "Đề nghị khen thưởng");

  private final String path;
  private final String vietnamese;

  DossierKind(String path, String vietnamese) {
    this.path = path;
    this.vietnamese = vietnamese;
  }

  /** {@code report} or {@code nomination}, as in {@code /api/dossiers/{kind}/{key}/attachments}. */
  public String path() {
    return path;
  }

  public String vietnamese() {
    return vietnamese;
  }

  public static DossierKind ofPath(String path) {
    for (DossierKind kind : values()) {
      if (kind.path.equalsIgnoreCase(path) || kind.name().equalsIgnoreCase(path)) {
        return kind;
      }
    }
    throw ThiduaException.invalid(
        "Loại hồ sơ \"%s\" không hợp lệ: report hoặc nomination.".formatted(path));
  }
}
