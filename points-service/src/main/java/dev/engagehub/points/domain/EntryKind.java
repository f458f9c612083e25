package dev.engagehub.points.domain;

/** Why a ledger entry moved points. */
public enum EntryKind {
    AWARD, DEBIT, REFUND, ADJUSTMENT
}
