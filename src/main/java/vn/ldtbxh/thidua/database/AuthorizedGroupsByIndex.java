package vn.ldtbxh.thidua.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSession;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Authorization checks that ask the database only about the user's own groups. Before each check
 * the engine keeps, of the user's groups, those that appear in some authorization; to learn that it
 * reads every group of {@code ACT_RU_AUTHORIZATION} ({@code select distinct GROUP_ID_}) once per
 * command. That table holds the grants of every unit (five per unit) and one row per open task and
 * candidate group, so the read grows with the province. Here the same answer comes from the group
 * index, for the user's groups only ({@code where GROUP_ID_ in (…)}), once per command and list of
 * groups. Which checks run and what they allow are the engine's.
 */
@Component
public class AuthorizedGroupsByIndex extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories =
        configuration.getCustomSessionFactories() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(
        new SessionFactory() {
          @Override
          public Class<?> getSessionType() {
            return AuthorizationManager.class;
          }

          @Override
          public Session openSession() {
            return new Manager();
          }
        });
    configuration.setCustomSessionFactories(factories);
  }

  /** The engine's authorization manager with the group filter above. */
  static class Manager extends AuthorizationManager {

    private final Map<List<String>, List<String>> authorizedGroups = new HashMap<>();

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
        return Collections.emptyList();
      }
      return authorizedGroups.computeIfAbsent(
          new ArrayList<>(authenticatedGroupIds), Manager::withAuthorizations);
    }

    private static List<String> withAuthorizations(List<String> groupIds) {
      List<String> distinct = new ArrayList<>(new LinkedHashSet<>(groupIds));
      distinct.remove(null);
      if (distinct.isEmpty()) {
        return List.of();
      }
      DbSqlSession session = Context.getCommandContext().getDbSqlSession();
      String sql =
          "select distinct GROUP_ID_ from "
              + session.getDbSqlSessionFactory().getDatabaseTablePrefix()
              + "ACT_RU_AUTHORIZATION where GROUP_ID_ in ("
              + String.join(", ", Collections.nCopies(distinct.size(), "?"))
              + ")";
      Connection connection = session.getSqlSession().getConnection();
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        for (int i = 0; i < distinct.size(); i++) {
          statement.setString(i + 1, distinct.get(i));
        }
        List<String> found = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            found.add(rows.getString(1));
          }
        }
        return List.copyOf(found);
      } catch (SQLException e) {
        throw new ProcessEngineException("Could not read the authorized groups " + distinct, e);
      }
    }
  }
}
