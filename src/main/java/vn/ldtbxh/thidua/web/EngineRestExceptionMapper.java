package vn.ldtbxh.thidua.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;

/**
 * Maps the application's refusals, wherever the engine wrapped them, to their status and message.
 */
@Provider
public class EngineRestExceptionMapper implements ExceptionMapper<Throwable> {

  @Override
  public Response toResponse(Throwable error) {
    ErrorAnswer answer = ErrorAnswer.of(error);
    if (answer != null) {
      return Response.status(answer.status())
          .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
          .entity(Map.of("type", answer.type(), "message", answer.message()))
          .build();
    }
    return ExceptionHandlerHelper.getInstance().getResponse(error);
  }
}
