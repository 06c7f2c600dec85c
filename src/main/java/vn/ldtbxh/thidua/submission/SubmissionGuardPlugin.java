package vn.ldtbxh.thidua.submission;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.dossier.DossierRepository;
import vn.ldtbxh.thidua.organization.UnitSuccession;

/**
 * Puts {@link SubmissionGuard} in the engine's command chain, after the command context is opened
 * (so it reads the task in the command's own transaction) and before the command runs.
 */
@Component
public class SubmissionGuardPlugin extends AbstractProcessEnginePlugin {

  private final SubmissionGuard guard;

  public SubmissionGuardPlugin(
      FormContracts forms,
      DossierRepository dossiers,
      SubmissionLog log,
      UnitSuccession succession) {
    this.guard = new SubmissionGuard(forms, dossiers, log, succession);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors =
        configuration.getCustomPostCommandInterceptorsTxRequired() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(guard);
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }
}
