package vn.ldtbxh.thidua.attachment;

import java.time.Instant;

/** An attached document, without its content. */
public record Attachment(
    long id,
    String dossierKind,
    String dossierKey,
    String unitCode,
    String fileName,
    String contentType,
    int sizeBytes,
    String uploadedBy,
    Instant uploadedAt) {}
