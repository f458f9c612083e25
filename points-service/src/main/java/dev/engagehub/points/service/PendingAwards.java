package dev.engagehub.points.service;

import dev.engagehub.points.domain.LedgerEntry;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The awards of one consumer batch that {@link Ledger} has worked out but not written yet: the balances it
 * locked, the changes to them, the entries with the ids reserved for them. Lives as long as the transaction
 * (used through its client proxy, so only through methods).
 */
@TransactionScoped
public class PendingAwards implements Serializable {
    /** Balance and lifetime XP of a locked member, and what the batch adds to them. */
    static final class Account {
        long balance;
        long lifetimeXp;
        long added;

        Account(long balance, long lifetimeXp) {
            this.balance = balance;
            this.lifetimeXp = lifetimeXp;
        }
    }

    record MemberKey(String communityId, String memberId) {
    }

    private final Map<MemberKey, Account> accounts = new HashMap<>();
    private final List<LedgerEntry> entries = new ArrayList<>();
    private final Deque<Long> reservedIds = new ArrayDeque<>();

    Account accountOf(String communityId, String memberId) {
        return accounts.get(new MemberKey(communityId, memberId));
    }

    void hold(String communityId, String memberId, Account account) {
        accounts.put(new MemberKey(communityId, memberId), account);
    }

    Map<MemberKey, Account> accounts() {
        return accounts;
    }

    void add(LedgerEntry entry) {
        entries.add(entry);
    }

    List<LedgerEntry> entries() {
        return entries;
    }

    /** The next reserved entry id, or null when the reserve is used up. */
    Long nextReservedId() {
        return reservedIds.pollFirst();
    }

    void reserve(Collection<Long> ids) {
        reservedIds.addAll(ids);
    }

    void clear() {
        accounts.clear();
        entries.clear();
        reservedIds.clear();
    }
}
