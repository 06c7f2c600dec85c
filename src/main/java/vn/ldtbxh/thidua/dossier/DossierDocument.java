package vn.ldtbxh.thidua.dossier;

import java.time.Instant;

/**
 * A document of a dossier the caller may download: an attached scan ({@code ATTACHMENT}), the
 * Director's decision ({@code DECISION}) or the submission to the Province ({@code SUBMISSION}),
 * the last two as .docx.
 *
 * @param href the address of the download under {@code /api}
 */
public record DossierDocument(
    String type,
    String name,
    String contentType,
    Integer sizeBytes,
    String uploadedBy,
    Instant uploadedAt,
    String href) {}
