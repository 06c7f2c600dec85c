package vn.ldtbxh.thidua.attachment;

import vn.ldtbxh.thidua.api.CurrentUser;
import vn.ldtbxh.thidua.organization.RoleGroup;

/**
 * Who reads a unit's dossier (report or nomination) and who attaches documents to it: the unit's own staff and the
 * Department's observers read it, the council reads nominations too; only the unit's staff attach (the
 * administrator administers, it does not act for a unit). The attachment API and the dossier views apply the same rules.
 */
public final class DossierReaders {

  private DossierReaders() {
  }

  public static boolean mayRead(CurrentUser user, boolean nomination, String unitCode) {
    return user.belongsToUnit(unitCode) || user.isInAny(CurrentUser.OBSERVERS)
        || nomination && user.isIn(RoleGroup.COUNCIL.groupId());
  }

  public static boolean mayAttach(CurrentUser user, String unitCode) {
    return user.belongsToUnit(unitCode);
  }
}
