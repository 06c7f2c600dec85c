package vn.ldtbxh.thidua.notification;

import java.time.Instant;

/**
 * One message to the members of a group, about one moment (a deadline, a cut-off) of one process
 * instance. (instance, kind, moment, recipient) identifies it: it is sent once.
 */
public record Notice(
    String recipientGroup,
    NotificationKind kind,
    String processInstanceId,
    String businessKey,
    Instant aboutAt,
    String subject,
    String body) {}
