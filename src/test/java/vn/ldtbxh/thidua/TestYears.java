package vn.ldtbxh.thidua;

import java.time.Year;
import java.util.List;
import vn.ldtbxh.thidua.deadline.VietnamTime;

/**
 * The year of the rounds each integration test opens, relative to today so that no test expires:
 * next year for the first class listed, the year after for the second, and so on. The classes of
 * one application share its database ({@link SharedApplication}), and a round's key is its year, so
 * no two classes may draw the same year: the list makes them distinct.
 */
public final class TestYears {

  private static final List<String> CLASSES =
      List.of(
          "CockpitDashboardBrowserIT",
          "RoundApiIT",
          "TasklistCockpitBrowserIT",
          "NominationRestIT",
          "AttachmentApiIT",
          "UnitDossierApiIT",
          "UnitDossiersBrowserIT",
          "DashboardApiIT",
          "EngineRestSecurityIT",
          "CrossSiteRequestIT",
          "TypedValuesBrowserIT",
          "SubmissionGuardIT",
          "CouncilRosterBrowserIT",
          "MovementApiIT",
          "UnitApiIT",
          "CalendarApiIT",
          "CalendarBrowserIT",
          "NominationImportIT");

  private TestYears() {}

  /** The year of {@code test}'s rounds. */
  public static int of(Class<?> test) {
    int index = CLASSES.indexOf(test.getSimpleName());
    if (index < 0) {
      throw new IllegalArgumentException(test.getSimpleName() + " has no year in TestYears");
    }
    return Year.now(VietnamTime.VN_ZONE).getValue() + 1 + index;
  }
}
