package vn.ldtbxh.thidua.dossier;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.api.CurrentUser;
import vn.ldtbxh.thidua.attachment.Attachment;
import vn.ldtbxh.thidua.attachment.AttachmentRepository;
import vn.ldtbxh.thidua.common.VietnameseFormats;
import vn.ldtbxh.thidua.nomination.Nomination;

/**
 * The documents of a dossier with their download addresses: the attached scans, the decision, the
 * submission.
 */
@Component
public class DossierDocuments {

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final AttachmentRepository attachments;
  private final DossierAccess access;

  public DossierDocuments(AttachmentRepository attachments, DossierAccess access) {
    this.attachments = attachments;
    this.access = access;
  }

  public List<DossierDocument> attached(DossierKind kind, String key) {
    List<DossierDocument> documents = new ArrayList<>();
    for (Attachment attachment : attachments.list(kind.name(), key)) {
      documents.add(
          new DossierDocument(
              "ATTACHMENT",
              attachment.fileName(),
              attachment.contentType(),
              attachment.sizeBytes(),
              attachment.uploadedBy(),
              attachment.uploadedAt(),
              "/api/dossiers/%s/%s/attachments/%d".formatted(kind.path(), key, attachment.id())));
    }
    return documents;
  }

  /**
   * The attached scans, then the decision and the submission (.docx) once issued, for those who may
   * read them.
   */
  public List<DossierDocument> ofNomination(Nomination nomination, CurrentUser user) {
    List<DossierDocument> documents = attached(DossierKind.NOMINATION, nomination.businessKey());
    if (!access.mayDownloadDecisionDocuments(user, nomination.unitCode())) {
      return documents;
    }
    String base = "/api/nominations/" + nomination.businessKey();
    if ("DIRECTOR".equals(nomination.decisionIssuer()) && nomination.decisionNumber() != null) {
      documents.add(
          new DossierDocument(
              "DECISION",
              "Quyết định khen thưởng số %s ngày %s"
                  .formatted(
                      nomination.decisionNumber(),
                      VietnameseFormats.date(nomination.decisionDate())),
              DOCX,
              null,
              null,
              null,
              base + "/decision.docx"));
    }
    if (nomination.submissionNumber() != null) {
      documents.add(
          new DossierDocument(
              "SUBMISSION",
              "Tờ trình số %s ngày %s"
                  .formatted(
                      nomination.submissionNumber(),
                      VietnameseFormats.date(nomination.submissionDate())),
              DOCX,
              null,
              null,
              null,
              base + "/submission.docx"));
    }
    return documents;
  }
}
