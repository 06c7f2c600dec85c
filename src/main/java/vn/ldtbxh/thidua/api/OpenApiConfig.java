package vn.ldtbxh.thidua.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the application's API ({@code /api}), served at {@code /v3/api-docs}
 * and browsable at {@code /swagger-ui.html}. The engine's own REST API ({@code /engine-rest}) is
 * documented by Camunda.
 */
@Configuration
public class OpenApiConfig {

  @Bean
  public OpenAPI thiduaApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Thi đua - khen thưởng: API của ứng dụng")
                .version("1")
                .description(
                    "Đợt thi đua, báo cáo của đơn vị, hồ sơ đề nghị khen thưởng, văn bản đính kèm, lịch sử khen "
                        + "thưởng; danh mục giữ trong ứng dụng: phong trào và mục tiêu (/api/movements, "
                        + "/api/rounds/{roundKey}/targets), đơn vị và tên ghi trên văn bản theo ngày (/api/units, "
                        + "/api/organization/names), danh sách Hội đồng (/api/council/members) và lịch làm việc "
                        + "(ngày nghỉ lễ, Tết, ngày làm bù, /api/calendar). Xác thực bằng phiên đăng nhập Camunda "
                        + "(Tasklist, Cockpit; yêu cầu thay đổi phải gửi tiêu đề "
                        + "X-Requested-With) hoặc HTTP Basic với tài khoản Camunda. Đơn vị chỉ xem hồ sơ của mình; Ban Giám đốc, "
                        + "các phòng và lãnh đạo theo dõi xem được tất cả. Lỗi trả về {\"type\", \"message\"} bằng tiếng Việt."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                .addSecuritySchemes(
                    "webappSession",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.COOKIE)
                        .name("JSESSIONID")))
        .addSecurityItem(new SecurityRequirement().addList("basic"))
        .addSecurityItem(new SecurityRequirement().addList("webappSession"));
  }
}
