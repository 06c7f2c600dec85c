package vn.ldtbxh.thidua.common;

/**
 * One idempotent piece of start-up set-up (groups, users, authorizations, filters). All steps run
 * in order, in one transaction, under a database lock, so that nodes starting together do the work
 * once.
 */
public interface StartupStep {

  void apply();
}
