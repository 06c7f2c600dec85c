package vn.ldtbxh.thidua.api;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.web.ErrorAnswer;

/** The application API answers its refusals as {@code {"type", "message"}} with their status. */
@RestControllerAdvice(basePackages = "vn.ldtbxh.thidua")
public class ApiExceptionHandler {

  @ExceptionHandler(ThiduaException.class)
  public ResponseEntity<Map<String, String>> refused(ThiduaException refusal) {
    ErrorAnswer answer = ErrorAnswer.of(refusal);
    return ResponseEntity.status(answer.status())
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("type", answer.type(), "message", answer.message()));
  }

  /**
   * The engine wraps what a listener or delegate refused, and reports a concurrent change of the
   * same instance: both answer like the application's own refusals; anything else stays a server
   * error.
   */
  @ExceptionHandler(org.camunda.bpm.engine.ProcessEngineException.class)
  public ResponseEntity<Map<String, String>> engine(
      org.camunda.bpm.engine.ProcessEngineException error) {
    ErrorAnswer answer = ErrorAnswer.of(error);
    if (answer == null) {
      throw error;
    }
    return ResponseEntity.status(answer.status())
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("type", answer.type(), "message", answer.message()));
  }

  @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
  public ResponseEntity<Map<String, String>> tooLarge(Exception error) {
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("type", "InvalidRequest", "message", "Tệp quá lớn: tối đa 10 MB."));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException error) {
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            Map.of(
                "type",
                "InvalidRequest",
                "message",
                "Nội dung yêu cầu không đọc được (JSON không hợp lệ)."));
  }
}
