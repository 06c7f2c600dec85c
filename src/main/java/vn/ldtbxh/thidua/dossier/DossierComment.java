package vn.ldtbxh.thidua.dossier;

import java.time.Instant;

/**
 * A comment made on a dossier: a review of a report (returned, accepted), a verification or check
 * of a nomination, the unit's note when it completed the dossier, a withdrawal's reason.
 *
 * @param step the step, in Vietnamese ("Thẩm định báo cáo", "Kiểm tra hồ sơ" …)
 * @param outcome its outcome, in Vietnamese, or null
 */
public record DossierComment(Instant at, String by, String step, String outcome, String text) {}
