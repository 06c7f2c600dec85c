package vn.ldtbxh.thidua.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The contracts of the application's forms ({@code forms/*.form}, deployed with {@code
 * formRefBinding="latest"}, so the shipped form is the one Tasklist shows), by form id.
 */
@Component
public class FormContracts {

  private final Map<String, FormContract> byId = new HashMap<>();

  public FormContracts() {
    try {
      for (Resource resource :
          new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
        try (InputStream in = resource.getInputStream()) {
          FormContract contract = FormContract.parse(in);
          byId.put(contract.formId(), contract);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the forms' contracts", e);
    }
  }

  public Optional<FormContract> of(String formId) {
    return Optional.ofNullable(byId.get(formId));
  }

  public Map<String, FormContract> all() {
    return Map.copyOf(byId);
  }
}
