package dev.ashlar.bench.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One row of the benchmark's {@code item} table, as a hand-written application would hold it. Raw JDBC and jOOQ map
 * result rows onto it; Ashlar maps its {@code Row}s onto it with {@code Row.as(Item.class)}.
 */
public record Item(UUID id, UUID tenantId, String name, String email, String status, BigDecimal amount,
                   Instant createdAt, String note) {

    public Item withId(UUID newId) {
        return new Item(newId, tenantId, name, email, status, amount, createdAt, note);
    }

    public Item withStatusAndAmount(String newStatus, BigDecimal newAmount) {
        return new Item(id, tenantId, name, email, newStatus, newAmount, createdAt, note);
    }

    /**
     * The input of Ashlar's create action. Built on every call inside the timed code on purpose: turning the
     * application's object into the action's input map is part of what using Ashlar costs.
     */
    public Map<String, Object> toInput() {
        Map<String, Object> input = new HashMap<>(16);
        input.put("id", id);
        input.put("tenant_id", tenantId);
        input.put("name", name);
        input.put("email", email);
        input.put("status", status);
        input.put("amount", amount);
        input.put("created_at", createdAt);
        input.put("note", note);
        return input;
    }
}
