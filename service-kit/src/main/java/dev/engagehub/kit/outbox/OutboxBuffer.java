package dev.engagehub.kit.outbox;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Events a batch has added to the outbox but not stored yet; lives as long as the transaction (used through
 * its client proxy, so only through methods).
 */
@TransactionScoped
class OutboxBuffer implements Serializable {
    private boolean open;
    private final List<OutboxRecord> records = new ArrayList<>();

    boolean isOpen() {
        return open;
    }

    void open() {
        open = true;
    }

    void add(OutboxRecord record) {
        records.add(record);
    }

    /** Closes the buffer and hands over what it held, in the order added. */
    List<OutboxRecord> close() {
        open = false;
        List<OutboxRecord> held = List.copyOf(records);
        records.clear();
        return held;
    }
}
