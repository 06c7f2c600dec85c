package vn.ldtbxh.thidua.dossier;

import java.time.Instant;
import java.util.List;

/**
 * One report or nomination of a unit, open or ended, as the unit's "Hồ sơ của đơn vị" view shows
 * it.
 *
 * @param kind {@code REPORT} or {@code NOMINATION}
 * @param kindPath {@code report} or {@code nomination}, the segment of the attachment addresses
 * @param currentStep the name of the open task, or null when none is open
 * @param dueAt the open task's due date, else the report's due moment; null for a nomination
 *     without one
 * @param status the stored status code ({@code ACCEPTED}, {@code VERIFYING} …)
 * @param statusText the status in Vietnamese
 * @param canWithdraw the caller may withdraw it (the unit's staff, before the council)
 * @param canReopen the caller may reopen it (social protection, an accepted report of an open
 *     round)
 * @param canUpload the caller may attach documents to it (the unit's staff)
 */
public record UnitDossier(
    String kind,
    String kindPath,
    String kindText,
    String businessKey,
    String unitCode,
    String roundKey,
    int year,
    String title,
    boolean open,
    String currentStep,
    String currentStepKey,
    Instant dueAt,
    String status,
    String statusText,
    String statusReason,
    boolean late,
    Instant submittedAt,
    Instant endedAt,
    List<DossierComment> comments,
    List<DossierDocument> documents,
    boolean canWithdraw,
    boolean canReopen,
    boolean canUpload) {}
