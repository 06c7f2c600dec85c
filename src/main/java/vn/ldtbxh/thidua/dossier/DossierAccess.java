package vn.ldtbxh.thidua.dossier;

import org.springframework.stereotype.Component;
import vn.ldtbxh.thidua.api.CurrentUser;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.nomination.NominationStatus;
import vn.ldtbxh.thidua.nomination.NominationWithdrawal;
import vn.ldtbxh.thidua.organization.UnitRepository;
import vn.ldtbxh.thidua.security.AccessRules;

/**
 * Who may see and do what on a unit's dossiers: the unit's own staff and the Department's observers
 * read them (the council reads nominations too); the unit's staff attach documents and withdraw a
 * nomination that has not reached the council; social protection reopens an accepted report of an
 * open round. The rules are those of {@link AccessRules}, which the attachment, nomination and
 * report calls apply too, composed here with the file's state for the views.
 */
@Component
public class DossierAccess {

  private final UnitRepository units;

  public DossierAccess(UnitRepository units) {
    this.units = units;
  }

  /**
   * The unit's dossiers as a whole: its staff and the observers; 403 for others, 404 for an unknown
   * unit.
   */
  public void requireUnitReadable(CurrentUser user, String unitCode) {
    if (!AccessRules.readsUnit(user.groups(), unitCode)) {
      throw ThiduaException.forbidden("Bạn chỉ xem được hồ sơ của đơn vị mình.");
    }
    if (units.findByCode(unitCode).isEmpty()) {
      throw ThiduaException.notFound("Không có đơn vị mã \"%s\".".formatted(unitCode));
    }
  }

  public boolean mayRead(CurrentUser user, DossierKind kind, String unitCode) {
    return AccessRules.readsDossier(user.groups(), unitCode, kind == DossierKind.NOMINATION);
  }

  public void requireReadable(CurrentUser user, DossierKind kind, String unitCode, String key) {
    if (!mayRead(user, kind, unitCode)) {
      throw ThiduaException.forbidden("Bạn không có quyền xem hồ sơ %s.".formatted(key));
    }
  }

  public boolean mayUpload(CurrentUser user, String unitCode) {
    return AccessRules.attaches(user.groups(), unitCode);
  }

  public boolean mayDownloadDecisionDocuments(CurrentUser user, String unitCode) {
    return AccessRules.readsDecisionDocuments(user.groups(), unitCode);
  }

  public boolean mayWithdraw(CurrentUser user, String unitCode, NominationStatus status) {
    return AccessRules.withdraws(user.groups(), unitCode)
        && NominationWithdrawal.WITHDRAWABLE.contains(status);
  }

  /**
   * Social protection, not of the report's own unit, on an accepted report of a round whose summary
   * is not approved.
   */
  public boolean mayReopen(CurrentUser user, String unitCode, boolean accepted, boolean roundOpen) {
    return AccessRules.reopens(user.groups(), unitCode) && accepted && roundOpen;
  }
}
