package vn.ldtbxh.thidua.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

class ErrorAnswerTest {

  @Test
  void theBodyIsJsonWhateverTheMessageHolds() throws Exception {
    String message = "Tên \"[Xác nhận](https://example.com)\"\nvà dấu \\ không phá vỡ câu trả lời.";
    MockHttpServletResponse response = new MockHttpServletResponse();
    new ErrorAnswer(400, "InvalidRequest", message).writeTo(response);
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentType()).isEqualTo("application/json;charset=UTF-8");
    Map<String, Object> body =
        new ObjectMapper().readValue(response.getContentAsByteArray(), Map.class);
    assertThat(body)
        .containsExactly(
            Map.entry("type", "InvalidRequest"), Map.entry("message", (Object) message));
  }
}
