package vn.ldtbxh.thidua.nomination;

import vn.ldtbxh.thidua.organization.Unit;
import vn.ldtbxh.thidua.round.Round;

/** A validated nomination as the unit submitted it. */
public record NominationRequest(
    Round round,
    Unit unit,
    NomineeKind nomineeKind,
    String nomineeName,
    String nomineePosition,
    AwardForm awardForm,
    String achievements,
    String unitMinutesNumber,
    boolean underDisciplinaryReview,
    boolean late) {}
