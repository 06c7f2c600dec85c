package vn.ldtbxh.thidua.nomination;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ldtbxh.thidua.api.CurrentUser;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.forms.StartFormOptions;
import vn.ldtbxh.thidua.security.AccessRules;

/**
 * A unit's list of nominees: the .xlsx template, and the import of a filled list for an open round,
 * by the unit's own staff.
 */
@RestController
@RequestMapping("/api")
public class NominationImportApi {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  private static final long MAX_BYTES = 10L * 1024 * 1024;

  private final NominationImport imports;
  private final StartFormOptions options;

  public NominationImportApi(NominationImport imports, StartFormOptions options) {
    this.imports = imports;
    this.options = options;
  }

  /** The open rounds that called the unit, for its list: {@code [{"roundKey", "label"}]}. */
  @Operation(summary = "Các đợt thi đua đang mở mà đơn vị tham gia")
  @GetMapping("/units/{unitCode}/open-rounds")
  public List<Map<String, String>> openRounds(
      @PathVariable String unitCode, HttpServletRequest request) {
    CurrentUser user = CurrentUser.of(request);
    if (!AccessRules.readsUnit(user.groups(), unitCode)) {
      throw ThiduaException.forbidden("Bạn chỉ xem được đợt thi đua của đơn vị mình.");
    }
    return options.openRoundsCalling(List.of(unitCode)).entrySet().stream()
        .map(entry -> Map.of("roundKey", entry.getKey(), "label", entry.getValue()))
        .toList();
  }

  @Operation(summary = "Tệp mẫu danh sách đề nghị khen thưởng (.xlsx)")
  @GetMapping("/nominations/template.xlsx")
  public ResponseEntity<byte[]> template(HttpServletRequest request) {
    CurrentUser.of(request);
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("mau-danh-sach-de-nghi-khen-thuong.xlsx")
                .build()
                .toString())
        .body(NominationSheet.template());
  }

  /**
   * Imports a unit's list: multipart {@code file} (.xlsx), {@code roundKey}, {@code
   * submissionNumber}; 201 with the list and its nominations' keys.
   */
  @Operation(summary = "Nhập danh sách đề nghị khen thưởng của đơn vị từ tệp .xlsx")
  @PostMapping(
      value = "/units/{unitCode}/nominations/import",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, Object> importList(
      @PathVariable String unitCode,
      @RequestParam(value = "file", required = false) MultipartFile file,
      @RequestParam(value = "roundKey", required = false) String roundKey,
      @RequestParam(value = "submissionNumber", required = false) String submissionNumber,
      HttpServletRequest request)
      throws IOException {
    CurrentUser user = CurrentUser.of(request);
    if (!user.belongsToUnit(unitCode)) {
      throw ThiduaException.forbidden(
          "Bạn chỉ nhập được danh sách đề nghị khen thưởng của đơn vị mình.");
    }
    if (file == null || file.isEmpty()) {
      throw ThiduaException.invalid("Chưa chọn tệp danh sách (.xlsx).");
    }
    if (file.getSize() > MAX_BYTES) {
      throw ThiduaException.invalid("Tệp danh sách lớn hơn 10 MB.");
    }
    NominationImport.Result result;
    try (InputStream content = file.getInputStream()) {
      result =
          imports.importList(
              user, unitCode, roundKey, submissionNumber, file.getOriginalFilename(), content);
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("listId", result.listId());
    answer.put("submissionNumber", result.submissionNumber());
    answer.put("count", result.nominationKeys().size());
    answer.put("nominations", result.nominationKeys());
    return answer;
  }
}
