package vn.ldtbxh.thidua.attachment;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ldtbxh.thidua.api.CurrentUser;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.security.AccessRules;

/**
 * Scanned signed documents of a report ({@code REPORT}, its business key) or a nomination ({@code
 * NOMINATION}, its business key): the unit concerned uploads them; whoever may read the dossier
 * lists and downloads them. PDF, JPEG or PNG only, recognised from the content, at most 10 MB.
 */
@RestController
@RequestMapping("/api/dossiers/{kind}/{key}/attachments")
public class AttachmentApi {

  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private final AttachmentRepository attachments;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  public AttachmentApi(AttachmentRepository attachments, JdbcTemplate jdbc, Clock clock) {
    this.attachments = attachments;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @GetMapping
  public List<Attachment> list(
      @PathVariable String kind, @PathVariable String key, HttpServletRequest request) {
    Dossier dossier = readable(kind, key, CurrentUser.of(request));
    return attachments.list(dossier.kind(), key);
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<List<Attachment>> upload(
      @PathVariable String kind,
      @PathVariable String key,
      @RequestParam("file") MultipartFile file,
      HttpServletRequest request)
      throws IOException {
    CurrentUser user = CurrentUser.of(request);
    Dossier dossier = dossier(kind, key);
    if (!AccessRules.attaches(user.groups(), dossier.unitCode())) {
      throw ThiduaException.forbidden(
          "Chỉ đơn vị lập hồ sơ mới được đính kèm văn bản vào hồ sơ %s.".formatted(key));
    }
    if (file.isEmpty()) {
      throw ThiduaException.invalid("Tệp đính kèm trống.");
    }
    if (file.getSize() > MAX_BYTES) {
      throw ThiduaException.invalid(
          "Tệp \"%s\" quá lớn (%,d byte): tối đa 10 MB."
              .formatted(file.getOriginalFilename(), file.getSize()));
    }
    byte[] content = file.getBytes();
    FileType type =
        FileType.of(content)
            .orElseThrow(
                () ->
                    ThiduaException.invalid(
                        "Tệp \"%s\" không phải PDF, JPEG hoặc PNG: chỉ nhận bản quét văn bản ở các định dạng này."
                            .formatted(file.getOriginalFilename())));
    String name =
        file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
            ? "van-ban"
            : file.getOriginalFilename().replaceAll("[\\\\/\\r\\n\"]", "_");
    attachments.insert(
        dossier.kind(),
        key,
        dossier.unitCode(),
        name.length() > 255 ? name.substring(0, 255) : name,
        type,
        content,
        user.userId(),
        clock.instant());
    return ResponseEntity.status(HttpStatus.CREATED).body(attachments.list(dossier.kind(), key));
  }

  @GetMapping("/{id}")
  public ResponseEntity<byte[]> download(
      @PathVariable String kind,
      @PathVariable String key,
      @PathVariable long id,
      HttpServletRequest request) {
    Dossier dossier = readable(kind, key, CurrentUser.of(request));
    Attachment attachment =
        attachments
            .find(id)
            .filter(a -> a.dossierKind().equals(dossier.kind()) && a.dossierKey().equals(key))
            .orElseThrow(
                () -> ThiduaException.notFound("Không có văn bản đính kèm số %d.".formatted(id)));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(attachment.contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(attachment.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(attachments.content(id));
  }

  private record Dossier(String kind, String unitCode) {}

  private Dossier readable(String kind, String key, CurrentUser user) {
    Dossier dossier = dossier(kind, key);
    if (!AccessRules.readsDossier(
        user.groups(), dossier.unitCode(), dossier.kind().equals("NOMINATION"))) {
      throw ThiduaException.forbidden("Bạn không có quyền xem hồ sơ %s.".formatted(key));
    }
    return dossier;
  }

  private Dossier dossier(String kind, String key) {
    String normalised = kind.toUpperCase();
    String sql =
        switch (normalised) {
          case "REPORT" -> "select unit_code from unit_report where business_key = ?";
          case "NOMINATION" -> "select unit_code from nomination where business_key = ?";
          default ->
              throw ThiduaException.invalid(
                  "Loại hồ sơ \"%s\" không hợp lệ: REPORT hoặc NOMINATION.".formatted(kind));
        };
    List<String> units = jdbc.queryForList(sql, String.class, key);
    if (units.isEmpty()) {
      throw ThiduaException.notFound("Không có hồ sơ \"%s\".".formatted(key));
    }
    return new Dossier(normalised, units.get(0));
  }
}
