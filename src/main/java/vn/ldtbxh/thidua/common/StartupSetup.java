package vn.ldtbxh.thidua.common;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.organization.StartupLock;

/** Runs every {@link StartupStep} once the engine has started and deployed its models. */
@Component
public class StartupSetup {

  private static final Logger LOG = LoggerFactory.getLogger(StartupSetup.class);
  public static final String LOCK = "organization-sync";

  private final StartupLock lock;
  private final List<StartupStep> steps;

  public StartupSetup(StartupLock lock, List<StartupStep> steps) {
    this.lock = lock;
    this.steps = steps;
  }

  @EventListener(ApplicationStartedEvent.class)
  public void onEngineDeployed() {
    long start = System.nanoTime();
    lock.runLocked(LOCK, () -> steps.forEach(StartupStep::apply));
    LOG.info(
        "Start-up set-up done: {} steps in {} ms",
        steps.size(),
        (System.nanoTime() - start) / 1_000_000);
  }
}
