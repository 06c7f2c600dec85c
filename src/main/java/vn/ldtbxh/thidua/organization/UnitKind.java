package vn.ldtbxh.thidua.organization;

/** What kind of body a unit is: it decides which report form the unit fills in. */
public enum UnitKind {
  /**
   * Phòng Lao động - Thương binh và Xã hội of a district, town or city: reports poverty indicators.
   */
  DISTRICT,
  /** A division (phòng) of the Department. */
  DIVISION,
  /** An affiliated centre (trung tâm). */
  CENTRE
}
