package vn.ldtbxh.thidua.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.ldtbxh.thidua.common.ThiduaException;
import vn.ldtbxh.thidua.dashboard.RoundOverview.NoticeLine;
import vn.ldtbxh.thidua.dashboard.RoundOverview.UnitStanding;
import vn.ldtbxh.thidua.movement.Movement;
import vn.ldtbxh.thidua.movement.MovementRepository;
import vn.ldtbxh.thidua.round.Round;
import vn.ldtbxh.thidua.round.RoundRepository;

/** Builds the overview of one round from the application's tables. */
@Service
public class RoundOverviews {

  private final RoundRepository rounds;
  private final MovementRepository movements;
  private final DashboardRepository dashboard;
  private final Clock clock;

  public RoundOverviews(
      RoundRepository rounds,
      MovementRepository movements,
      DashboardRepository dashboard,
      Clock clock) {
    this.rounds = rounds;
    this.movements = movements;
    this.dashboard = dashboard;
    this.clock = clock;
  }

  public Round round(String roundKey) {
    return rounds
        .findByKey(roundKey)
        .orElseThrow(
            () -> ThiduaException.notFound("Không có đợt thi đua \"%s\".".formatted(roundKey)));
  }

  public RoundOverview of(String roundKey) {
    Round round = round(roundKey);
    Movement movement = movements.findByCode(round.movementCode()).orElseThrow();
    LocalDate original = dashboard.originalDeadline(roundKey).orElse(round.deadline());
    Instant now = clock.instant();
    Map<String, List<NoticeLine>> notices =
        dashboard.noticesOfRound(roundKey).stream()
            .collect(
                Collectors.groupingBy(
                    DashboardRepository.SentNotice::unitCode,
                    LinkedHashMap::new,
                    Collectors.mapping(
                        notice ->
                            new NoticeLine(
                                notice.kind(),
                                NoticeKinds.vietnamese(notice.kind()),
                                notice.sentAt(),
                                notice.subject()),
                        Collectors.toList())));
    List<UnitStanding> units = new ArrayList<>();
    Map<String, Long> counts = new LinkedHashMap<>();
    for (ReportState state : ReportState.values()) {
      counts.put(state.vietnamese(), 0L);
    }
    for (DashboardRepository.UnitInRound unit : dashboard.unitsInRound(roundKey)) {
      ReportState state = ReportState.of(unit.status(), unit.late());
      boolean overdue = ReportState.overdue(unit.status(), unit.due(), now);
      boolean extended =
          unit.due() != null && unit.originalDue() != null
              ? unit.due().isAfter(unit.originalDue())
              : unit.deadline().isAfter(original);
      units.add(
          new UnitStanding(
              unit.unitCode(),
              unit.unitName(),
              state.name(),
              state.text(unit.late(), overdue),
              unit.late(),
              overdue,
              unit.deadline(),
              unit.due(),
              unit.originalDue(),
              extended,
              unit.submittedAt(),
              unit.acceptedAt(),
              notices.getOrDefault(unit.unitCode(), List.of())));
      counts.merge(state.vietnamese(), 1L, Long::sum);
    }
    return new RoundOverview(
        round.roundKey(),
        round.year(),
        round.type().vietnamese(),
        movement.code(),
        movement.name(),
        round.deadline(),
        original,
        round.deadline().isAfter(original),
        round.isOpen(),
        counts,
        units);
  }
}
