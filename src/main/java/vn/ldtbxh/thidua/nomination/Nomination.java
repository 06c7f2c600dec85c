package vn.ldtbxh.thidua.nomination;

import java.time.Instant;
import java.time.LocalDate;

/** A nomination as stored. */
public record Nomination(
    String businessKey,
    String roundKey,
    String unitCode,
    String processInstanceId,
    NomineeKind nomineeKind,
    String nomineeName,
    String nomineePosition,
    AwardForm awardForm,
    String achievements,
    String unitMinutesNumber,
    boolean underDisciplinaryReview,
    boolean late,
    NominationStatus status,
    String statusReason,
    String authority,
    Instant submittedAt,
    Boolean councilPassed,
    String decisionNumber,
    LocalDate decisionDate,
    String decisionIssuer,
    String submissionNumber,
    LocalDate submissionDate,
    String councilMinutesNumber) {}
